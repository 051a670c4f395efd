# -ErrorVariable gets the errors its command writes, the errors of the last command of a
# pipeline inside it and errors it catches, never a neighbour's in the same pipeline.
function get-foo { [CmdletBinding()] param() Write-Error 'foo-error'; 'foo-output' }
function get-foo4 { [CmdletBinding()] param() Write-Error "foo-error"; try { throw "foo-exception" } catch {} }
get-foo4 -ErrorVariable err 2> $null
"1: $($err -join ',')"
function get-foo5 { [CmdletBinding()] param([Parameter(ValueFromPipeline = $true)][string] $foo) process { Write-Output $foo; Write-Error $foo } }
(get-foo5 "foo-message" -ErrorVariable foo_err1 -ov foo_out1 | get-foo5 -ErrorVariable foo_err2 -ov foo_out2 | get-foo5 -ErrorVariable foo_err3 -ov foo_out3) 2>&1 > $null
"2: $foo_err1 | $foo_err2 | $foo_err3 | $foo_out1 | $foo_out2 | $foo_out3"
(get-foo -ErrorVariable foo_err | Get-Item -ErrorVariable get_item_err ) 2>&1 > $null
"3: $foo_err | $($get_item_err.Count) $($get_item_err[0].Exception.GetType().Name)"
function get-bar3 { [CmdletBinding()] param([Parameter(ValueFromPipeline = $true)][string] $i) Write-Error 'bar-error'; Write-Output 'bar-output'; get-foo }
(get-foo -ErrorVariable foo_err | get-bar3 -ErrorVariable bar_err) 2>&1 > $null
"4: $foo_err | $($bar_err -join ',')"
function get-foo6 { [CmdletBinding()] param([Parameter(ValueFromPipeline = $true)][string] $i) Write-Error "foo-error"; Write-Output $i }
function get-bar4 { [CmdletBinding()] param([Parameter(ValueFromPipeline = $true)][string] $i) Write-Error "bar-error"; get-foo6 "foo-output" -ErrorVariable script:foo_err1 | get-foo6 -ErrorVariable script:foo_err2 }
get-bar4 -ErrorVariable script:bar_err 2>&1 > $null
"5: $script:foo_err1 | $script:foo_err2 | $($script:bar_err -join ',')"
function get-foo7 { [CmdletBinding()] param([Parameter(ValueFromPipeline = $true)][string] $output) $output; Write-Error "foo-error" }
function get-bar5 { [CmdletBinding()] param() "bar-output"; Write-Error "bar-error"
  get-foo7 "foo-output" -ErrorVariable script:foo_err1 -ov script:foo_out1 | get-foo7 -ErrorVariable script:foo_err2 -ov script:foo_out2 }
get-bar5 -ErrorVariable script:bar_err -ov script:bar_out 2>&1 > $null
"6: $script:foo_out1 | $script:foo_err1 | $script:foo_out2 | $script:foo_err2 | $($script:bar_out -join ',') | $($script:bar_err -join ',')"
