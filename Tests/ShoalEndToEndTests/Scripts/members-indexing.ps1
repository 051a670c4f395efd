# Indexing arrays, hashtables and strings.
$a = 10, 20, 30, 40
$a[0]
$a[-1]
$a[1..2] -join ','
$a[0, 2] -join ','
$a[-2..-1] -join ','
$null -eq $a[10]
$h = @{ k = 'v'; n = @{ inner = 'deep' } }
$h['k']
$h.k
$h.n.inner
$h['n']['inner']
'hello'[1]
'hello'[-1]
$m = @(@(1, 2), @(3, 4))
$m[1][0]
$a[1] = 21
$a -join ','
$h['new'] = 1
$h.new
$h.Keys.Count
