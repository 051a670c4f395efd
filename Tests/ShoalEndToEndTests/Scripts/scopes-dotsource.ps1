# Dot-sourcing a file runs it in the current scope: its variables and functions stay.
"before: [$helperVar]"
. ./lib/dotsource-helper.ps1
"after: [$helperVar]"
Get-HelperGreeting shoal
. "$PSScriptRoot/lib/child-script.ps1" dotted
"childOnly after dot-source: [$childOnly]"
Child-Func
