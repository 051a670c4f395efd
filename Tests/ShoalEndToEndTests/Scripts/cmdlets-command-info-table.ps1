# Get-Command and Get-Alias print pwsh's CommandInfo table: CommandType 15
# wide, Name 50 (an alias as "name -> target"), Version 10, then Source.
Get-Alias gci, gc
Get-Command Get-Date, Set-Content
function Invoke-Deploy { }
Get-Command Invoke-Deploy
New-Alias deploy Invoke-Deploy
Get-Command deploy
(Get-Alias deploy).DisplayName
# Commands of every kind share CommandInfo's view: a mixed list is one table.
function Show-Mixed { }
Set-Alias mixedalias Get-Date
Get-Command Show-Mixed, mixedalias, Get-Date | Format-Table
(Get-Command sh) -is [System.Management.Automation.CommandInfo]
(Get-Command Get-Date).PSObject.TypeNames
