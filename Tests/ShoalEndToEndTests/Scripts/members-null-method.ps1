# A property of $null is $null; calling a method on $null is an error (the script goes on).
'before'
$nothing = $null
$null -eq $nothing.Name
$nothing.Trim()
'after'
