# Here-strings: @' '@ is verbatim, @" "@ expands; the newlines next to the quotes are not part of the value.
$name = 'shoal'
$literal = @'
Line one $name
  'quoted' "double"
'@
$literal
$expanded = @"
Hello $name
Sum $(2 * 3) and "quotes"
"@
$expanded
$literal.Split("`n").Count
$empty = @"
"@
"[$empty]"
