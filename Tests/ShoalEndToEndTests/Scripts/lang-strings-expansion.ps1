# Variable and sub-expression expansion in double-quoted strings.
$name = 'World'
$n = 3
"Hello, $name!"
"Sum: $(1 + 2)"
"Braced: ${name}s"
$env:SHOAL_TEST_VAR = 'from-env'
"Env: $env:SHOAL_TEST_VAR"
$obj = [PSCustomObject]@{ Prop = 'value' }
"Prop: $obj.Prop"
"Prop: $($obj.Prop)"
$arr = 1, 2, 3
"Array: $arr"
"Index: $arr[0]"
"Count: $($arr.Count)"
"Unknown: [$undefinedVariable]"
"Nested: $("inner $name")"
"Escaped: `$name"
"Single in double: '$name'"
'Double in single: "$name"'
"Number: $n items"
$h = @{ Key = 'v' }
"Hash: $($h.Key)"
$OFS = '-'
"OFS: $arr"
