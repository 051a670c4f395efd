# switch: values, script-block conditions, default, arrays, break/continue, -Wildcard/-Regex/-CaseSensitive.
function Test-Switch($v) {
    switch ($v) {
        1 { 'one' }
        'two' { 'two (string)' }
        { $_ -is [int] -and $_ -gt 10 } { 'greater than ten' }
        default { "default: $_" }
    }
}
Test-Switch 1
Test-Switch 'TWO'
Test-Switch 42
Test-Switch 5
switch (3) { 3 { 'first match' } 3 { 'second match' } }
switch (3) { 3 { 'first'; break } 3 { 'second' } }
switch (1, 2, 3) { 2 { 'skip 2'; continue } default { "item $_" } }
switch ('a', 'b', 'c') { 'b' { 'stop at b'; break } default { "got $_" } }
switch -Wildcard ('report.txt') { '*.csv' { 'csv' } '*.txt' { 'text file' } }
switch -Regex ('abc123') { '^\d+$' { 'digits only' } '\d+' { "has digits: $($Matches[0])" } }
switch -CaseSensitive ('ABC') { 'abc' { 'lower' } 'ABC' { 'upper' } }
$label = $(switch (2) { 1 { 'one' } 2 { 'two' } })
"label: $label"
$x = switch (7) { 7 { 'seven' } }
$x
switch (@()) { default { 'never' } }
