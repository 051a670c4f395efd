# Built-in aliases and Set-Alias/Get-Alias.
Set-Alias -Name say -Value Write-Output
say 'via alias'
(Get-Alias say).Definition
(Get-Alias %).Definition
(Get-Alias where).Definition
(Get-Alias foreach).Definition
1..3 | % { $_ } | ? { $_ -ne 2 }
function Real-Func { 'function via alias' }
Set-Alias rf Real-Func
rf
