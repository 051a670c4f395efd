# Dot-sourced by scopes-dotsource.ps1.
$helperVar = 'from helper'
function Get-HelperGreeting { param($Name) "hello from helper, $Name" }
