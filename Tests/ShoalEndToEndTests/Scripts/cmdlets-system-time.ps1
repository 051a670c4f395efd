# Get-Date formatting and field adjustment, New-TimeSpan, and the
# properties of Get-Random that hold whatever the generator (range,
# repeatability with -SetSeed, picking without replacement).
$d = Get-Date -Date '2024-03-05 14:07:09'
Get-Date -Date $d -Format 'yyyy-MM-dd HH:mm:ss'
Get-Date -Date $d -UFormat '%Y-%m-%d %A %B %j'
(Get-Date -Date $d -Month 1 -Day 31).ToString('yyyy-MM-dd')
(New-TimeSpan -Start $d -End $d.AddHours(36)).TotalHours
(New-TimeSpan -Minutes 90).ToString()
$a = Get-Random -SetSeed 11 -Minimum 1 -Maximum 7 -Count 20
$b = Get-Random -SetSeed 11 -Minimum 1 -Maximum 7 -Count 20
($a -join ',') -eq ($b -join ',')
@($a | Where-Object { $_ -lt 1 -or $_ -ge 7 }).Count
(1..5 | Get-Random -Count 5 | Sort-Object) -join ','
Get-Random -Minimum 3 -Maximum 3
'done'
