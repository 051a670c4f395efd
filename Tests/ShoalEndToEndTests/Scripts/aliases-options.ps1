# Aliases keep the case they were written in, a description and their options:
# a read-only alias changes or goes only with -Force, a constant one never;
# Remove-Alias removes one (ral), and a name with no alias is an error.
Set-Alias -Name MyList -Value Get-ChildItem
(Get-Alias mylist).Name
(Get-Alias -Definition Get-ChildItem | Where-Object Name -ceq MyList).DisplayName
Set-Alias -Name ro -Value Get-Date -Option ReadOnly -Description 'the date'
$a = Get-Alias ro; "$($a.Definition) $($a.Options) [$($a.Description)]"
Set-Alias ro Get-Item -ErrorVariable e -ErrorAction SilentlyContinue; "set ro: " + $e[0].FullyQualifiedErrorId
Remove-Alias ro -ErrorVariable e -ErrorAction SilentlyContinue; "remove ro: " + $e[0].FullyQualifiedErrorId
Set-Alias ro Get-Item -Force; "ro: " + (Get-Alias ro).Definition + " " + (Get-Alias ro).Options
ral ro; "ro left: " + (Test-Path alias:ro)
New-Alias k Get-Date -Option Constant
Remove-Alias k -Force -ErrorVariable e -ErrorAction SilentlyContinue; "remove k -Force: " + $e[0].FullyQualifiedErrorId
Set-Alias k Get-Item -Force -ErrorVariable e -ErrorAction SilentlyContinue; "set k -Force: " + $e[0].FullyQualifiedErrorId
"k: " + (Get-Alias k).Definition + " " + (Get-Alias k).Options
Remove-Alias nope -ErrorVariable e -ErrorAction SilentlyContinue; "remove nope: " + $e[0].FullyQualifiedErrorId
'MyList', 'nope2' | Remove-Alias -ErrorAction SilentlyContinue; "MyList left: " + (Test-Path alias:MyList)
