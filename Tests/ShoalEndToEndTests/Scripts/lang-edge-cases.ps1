# Edge cases: a class whose default builds itself, [version] ToString out of range,
# Stop after an Invoke, validation of piped values, a chain inside try under a
# trap, a position only another parameter set has, mandatory $null.
class Node { [Node]$Next = [Node]::new() }
try { [Node]::new() } catch { $_.FullyQualifiedErrorId }
try { ([version]'1.2.3').ToString(-1) } catch { $_.FullyQualifiedErrorId }
$ps = [powershell]::Create(); $null = $ps.AddScript('function g{1}').Invoke(); $ps.Stop(); $ps.Commands.Clear(); $ps.AddScript('g').Invoke()
function f { param([Parameter(ValueFromPipeline)][ValidateScript({$_ -gt 0})][int]$n) process {$n} }
try { -1 | f } catch { $_.FullyQualifiedErrorId }
trap {'trapped'; continue}; 1 | % { try { Get-Item /nope -ea Stop || 'x' } catch {'caught'} }
function t { [CmdletBinding(DefaultParameterSetName='A')] param([Parameter(ParameterSetName='A')]$Name, [Parameter(ParameterSetName='B',Position=0)]$Id) $PSCmdlet.ParameterSetName }; t 5
function m { param([Parameter(Mandatory)] $a) "m $a" }; try { m $null } catch { $_.FullyQualifiedErrorId }; m 1
