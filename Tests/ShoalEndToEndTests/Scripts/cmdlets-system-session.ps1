# Variables, scopes, Invoke-Expression, Get-Command and aliases, with
# the non-terminating error for a variable that does not exist.
Set-Variable -Name answer -Value 42
Get-Variable -Name answer -ValueOnly
function Test-Scope {
    Set-Variable -Name inner -Value 1
    New-Variable -Name outer -Value 2 -Scope Global
}
Test-Scope
"inner defined: $($null -ne (Get-Variable inner -ErrorAction SilentlyContinue))"
"outer: $outer"
Invoke-Expression '$sum = 2 + 3'
"sum: $sum"
"$((Get-Command Get-Date).CommandType)"
(Get-Alias -Name gci).Definition
Get-Command -Name no-such-command -ErrorAction SilentlyContinue
Get-Variable -Name no_such_variable
'done'
