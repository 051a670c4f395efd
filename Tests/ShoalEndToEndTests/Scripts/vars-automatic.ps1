# Automatic variables.
$true
$false
$null -eq $null
$PSVersionTable.PSVersion.Major -ge 7
$PID -gt 0
$PID.GetType().Name
$HOME -eq $env:HOME
$PWD.Path -eq (Get-Location).Path
$MyInvocation.MyCommand.Name
$PSScriptRoot -eq $PWD.Path
$args.Count
$?
$ErrorActionPreference
$Error.Count
$true.GetType().Name
