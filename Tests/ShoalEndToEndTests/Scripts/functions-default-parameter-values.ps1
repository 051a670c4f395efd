# $PSDefaultParameterValues gives unbound parameters of cmdlets and advanced
# functions their values ('Command:Parameter', wildcards allowed); what a
# call gives wins; Disabled turns them off.
function Greet { [CmdletBinding()] param($Name = 'nobody') "hello $Name" }
function Plain { param($Name = 'nobody') "plain $Name" }
$PSDefaultParameterValues['Greet:Name'] = 'default'
Greet
Greet -Name given
Plain
$PSDefaultParameterValues['Get-Date:Format'] = 'yyyy'
(Get-Date).Length
$PSDefaultParameterValues = @{ 'Sh*:Verbose' = $true; 'Show-Block:Text' = { 'from a block' } }
function Show-Block { [CmdletBinding()] param($Text) Write-Verbose "verbose $Text"; $Text }
Show-Block 4>&1
Show-Block -Verbose:$false 4>&1
$PSDefaultParameterValues.Disabled = $true
Show-Block 4>&1
