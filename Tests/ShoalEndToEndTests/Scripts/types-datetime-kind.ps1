# DateTime.Kind: the current time is Local, a parsed one Unspecified, a UTC
# one Utc; ToUniversalTime and ToLocalTime convert between them.
(Get-Date).Kind
[datetime]::Now.Kind
[datetime]::UtcNow.Kind
(Get-Date -Date '2020-01-01T00:00:00').Kind
(Get-Date -Date '2020-01-01T00:00:00' -AsUTC).Kind
$local = [datetime]::Now
$utc = $local.ToUniversalTime()
"$($utc.Kind) $($utc.ToLocalTime().Kind) $($utc.ToLocalTime() -eq $local) $($utc.ToUniversalTime() -eq $utc)"
(Get-Date -UnixTimeSeconds 0 -AsUTC).ToString('yyyy-MM-dd HH:mm')
(Get-Date -Date '2024-01-01' | Get-Member -MemberType Property -Name Kind).Name
