# $? as pwsh sets it: after a pipeline, whether one of its own commands failed;
# a lone expression or an assignment of one sets it to $true, (cmd) and $(...) leave it.
function f { /bin/false }
f; "after f: $?"
/bin/false; "native: $?"
$null = /bin/false; "assign native: $?"
(/bin/false); "paren: $?"
$x = 1; "assign: $?"
(/bin/false) && "no" 
1,2 | % { /bin/false } && "chain continues"
if ("Hello" && /bin/false) { "in if: $?" }
Get-Item /nope 2>$null; "cmdlet err: $?"
function g { Write-Error "x" 2>$null }
g; "write-error in fn: $?"
function hh { [CmdletBinding()] param() $PSCmdlet.WriteError([System.Management.Automation.ErrorRecord]::new([Exception]::new("e"), "E", "NotSpecified", $null)) }
hh 2>$null; "pscmdlet writeerror: $?"
(1/$zero) 2>$null; "statement error: $?"
