# Comment-based help: a script's (at its top, two blank lines before a
# function), a function's (before its keyword, or at the start of its
# body), shown by Get-Help in its views, and by help when not at a terminal.
<#
.SYNOPSIS
    Deploys the site.

.DESCRIPTION
    Copies the build to each server.
#>


# .SYNOPSIS
# Says hello.
# .PARAMETER Name
# Whom to greet.
function Greet {
    param([string]$Name = 'world')
    "hello $Name"
}

function Add-Numbers {
    <#
    .SYNOPSIS
        Adds two numbers.
    .DESCRIPTION
        Adds -A and -B and writes the sum.
    .PARAMETER A
        The first number.
    .PARAMETER B
        The second number.
    .EXAMPLE
        Add-Numbers 1 2
        Writes 3.
    .EXAMPLE
        PS > Add-Numbers -A 5 -B 6
    .NOTES
        Integers only.
    #>
    param([int]$A, [int]$B)
    $A + $B
}

function Plain($x) { $x }
Get-Help Greet
Get-Help Add-Numbers
Get-Help Add-Numbers -Examples
Get-Help Add-Numbers -Full
Get-Help Add-Numbers -Parameter B
Get-Help Plain
$scriptHelp = Get-Help ./help-comment-based.ps1
"$($scriptHelp.Category): $($scriptHelp.Synopsis) / $($scriptHelp.Description)"
(help Add-Numbers).Synopsis
(Get-Help Add-Numbers).Description
