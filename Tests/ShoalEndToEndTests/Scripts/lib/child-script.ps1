# Called by scopes-call-operator.ps1 and scopes-dotsource.ps1.
param([string]$First, [int]$Second = 5)
$childOnly = 'child var'
"child: First=$First Second=$Second args=$($args -join ',')"
"child name: $($MyInvocation.MyCommand.Name)"
"child root ends with lib: $($PSScriptRoot.EndsWith('lib'))"
function Child-Func { 'child func' }
