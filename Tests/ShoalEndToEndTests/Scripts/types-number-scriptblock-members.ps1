# A number's and a script block's instance members, from their member tables:
# calls, property reads, Get-Member and wrong argument counts.
(5).ToString('D3'); (2.5).ToString('F2'); (5).CompareTo(7); (5).ToString()
try { (5).CompareTo() } catch { $_.FullyQualifiedErrorId }
$sb = { param($a) $a * 2; 'x' }
$sb.Invoke(4); $sb.InvokeReturnAsIs(1).Count; ($sb.Invoke(4)).GetType().Name
$n = 3; $c = { $n }.GetNewClosure(); $n = 9; & $c
Split-Path -Leaf $sb.File; $sb.Text -eq $null; $sb.Ast
(1,2,3).Rank; 'abc'.Length; @{a=1}.Count; @{Count=5}.Count; @{}.Keys.Count
$sb | Get-Member | Format-Table -AutoSize | Out-String -Width 200
5 | Get-Member -MemberType Method | Select-Object -ExpandProperty Name
try { $sb.Nope() } catch { $_.FullyQualifiedErrorId }
