# a comment
'one' # trailing comment
<# block
   comment #> 'two'
$sum = 1 + `
  2
$sum
$list = @(
    'a',
    'b'
)
$list.Count
'x', 'y' |
    ForEach-Object { $_.ToUpper() }
$total = (1 +
    2 + 3)
$total
'a'; 'b'
Write-Output `
    -InputObject 'continued'
