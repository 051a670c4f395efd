# bench/remoting: `hostname` on every host named, through Invoke-Command
# -HostName (fresh connections), then over kept sessions (New-PSSession,
# then Invoke-Command -Session ROUNDS times); prints the counts and times.
param([string]$HostList, [int]$Rounds)
$Hosts = $HostList -split ","
$watch = [System.Diagnostics.Stopwatch]::StartNew()
$names = Invoke-Command -HostName $Hosts { hostname }
"fresh_count $(@($names).Count)"
"fresh_ms $($watch.Elapsed.TotalMilliseconds)"
$watch = [System.Diagnostics.Stopwatch]::StartNew()
$sessions = New-PSSession -HostName $Hosts
"open_ms $($watch.Elapsed.TotalMilliseconds)"
$total = 0
$watch = [System.Diagnostics.Stopwatch]::StartNew()
for ($i = 0; $i -lt $Rounds; $i++) { $total += @(Invoke-Command -Session $sessions { hostname }).Count }
"kept_count $total"
"kept_ms $($watch.Elapsed.TotalMilliseconds / $Rounds)"
$sessions | Remove-PSSession
