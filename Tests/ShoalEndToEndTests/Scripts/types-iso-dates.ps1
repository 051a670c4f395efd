# ISO 8601 dates with a fraction of any length and a UTC offset (converted to local time, as .NET does).
$d = [datetime]::Parse('2021-06-24T15:54:06.796999-07:00')
$d.Millisecond
([datetime]'2021-06-24T15:54:06Z') -eq ([datetime]'2021-06-24T16:54:06+01:00')
([datetime]'2021-06-24T15:54:06Z') -eq ([datetime]'2021-06-24T21:24:06+0530')
([datetime]'2021-06-24T15:54').Minute
try { [datetime]'2021-06-24T25:00' } catch { $_.FullyQualifiedErrorId }
($d | ConvertTo-Json | ConvertFrom-Json) -eq $d
# DBNull and NullString are null in JSON.
@{ a = [DBNull]::Value; b = [NullString]::Value } | ConvertTo-Json -Compress
