# Thread jobs: $using:, -ArgumentList, piped input and the init script.
$greeting = 'Hello'
Start-ThreadJob { param($name) "$using:greeting, $name" } -ArgumentList 'shoal' | Receive-Job -Wait
'a', 'b' | Start-ThreadJob { $input | ForEach-Object { $_.ToUpper() } } | Receive-Job -Wait
(Start-ThreadJob { 'main' } -InitializationScript { 'init' } | Receive-Job -Wait) -join ','
