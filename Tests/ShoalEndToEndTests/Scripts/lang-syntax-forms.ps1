# Forms real scripts use: .Where{}/.ForEach{}, $i ++, assigning to (a, b),
# to .Item(k) and to .$(name), drive-qualified variables, function f() with
# a param block, $private: parameters, number suffixes, a backtick before
# blanks.
(1, 2, 3).Where{ $_ -gt 1 } -join ','
(1, 2).ForEach{ $_ * 10 } -join ','
$i = 1
$i ++
"i=$i"
($a, $b) = 'first', 'second'
"$a $b"
$h = @{}
$h.Item('k') = 'via Item'
$h.k
$o = [pscustomobject]@{ name = 'old' }
$o.$('name') = 'new'
$o.name
$alias:shoal_now = 'Get-Date'
(shoal_now).GetType().Name
try { $nosuchdrive:x } catch { $_.FullyQualifiedErrorId }
function WithParens() { param($p) "p=$p" }
WithParens 7
function Private { param($private:secret) "secret=$secret" }
Private 's'
(20.).GetType().Name
7n + 1
'joined' + `  
  ' over a line'
# Set-StrictMode -Version 2 refuses f(1, 2), a method-style call; f (1, 2) and f 1 2 stand.
function Pair($a, $b) { "$a|$b" }
Pair(1, 2)
Set-StrictMode -Version 2
try { Pair(1, 2) } catch { $_.FullyQualifiedErrorId }
Pair 1 2
Set-StrictMode -Off
