# Parameter validation attributes with pwsh messages; what a mandatory
# parameter refuses unless [Allow...()]; ValueFromRemainingArguments; positions
# bound within the parameter set the named arguments choose.
function C { param([ValidateCount(2,2)] [string[]]$a) 'ran' }
try { C 1 } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
C 1, 2
function L { param([ValidateLength(2,4)] $s) "len ok $s" }
L abc; try { L a } catch { $_.Exception.Message }
function P { param([ValidatePattern('^\d+$')] $n) "num $n" }
P 42; try { P x } catch { $_.Exception.Message }
function P2 { param([ValidatePattern('^\d+$', ErrorMessage = '{0} is not a number')] $n) $n }
try { P2 x } catch { $_.Exception.Message }
function S { param([ValidateScript({ $_ -gt 3 })] $n) "big $n" }
S 5; try { S 1 } catch { $_.Exception.Message }
function S2 { param([ValidateScript({ if ($_ -lt 0) { throw "negative: $_" }; $true })] $n) $n }
try { S2 -1 } catch { $_.Exception.Message }
function RangeP { param([ValidateRange('Positive')] [int]$n) $n }
RangeP 3; try { RangeP 0 } catch { $_.Exception.Message }
function V { param([ValidateSet('A','B', IgnoreCase = $false, ErrorMessage = "Item '{0}' is not in '{1}'")] $p) $p }
V A; try { V a } catch { $_.Exception.Message }
function N { param([ValidateNotNull()] $x) 'nn' }
try { N $null } catch { $_.Exception.Message }
function M { param([Parameter(Mandatory)] $a) "m $a" }
try { M -a $null } catch { $_.FullyQualifiedErrorId }
function M2 { param([Parameter(Mandatory)][string] $a) "m2 [$a]" }
try { M2 -a '' } catch { $_.FullyQualifiedErrorId }
function M3 { param([Parameter(Mandatory)][AllowEmptyString()][string] $a) "m3 [$a]" }
M3 -a ''
function M4 { param([Parameter(Mandatory)][string[]] $a) 'm4' }
try { M4 -a @() } catch { $_.FullyQualifiedErrorId }
function Rem { param([Parameter(Position = 1)] $a, [Parameter(ValueFromRemainingArguments = $true)] $rest) "a=$a rest=$($rest -join ',')" }
Rem a b c d
Rem a b -a c d
Rem a b -a c -q d
function get-foo { param( [Parameter(ParameterSetName = "set1", Position = 1)] $a, [Parameter(ParameterSetName = "set2", Position = 1)] $b, [Parameter(ValueFromRemainingArguments = $true)] $foo ) $foo }
try { get-foo -a a -b b c d } catch { $_.FullyQualifiedErrorId }
(get-foo -a a b c d) -join ","
(get-foo -b b a c d) -join ","
(Get-Culture).TextInfo.ToTitleCase("hello wORLD of NASA")
function get-bar { [CmdletBinding(DefaultParameterSetName = "set2")] param( [Parameter(ParameterSetName = "set1", Position = 1)] $a, [Parameter(ParameterSetName = "set2", Position = 1)] $b, [Parameter(ValueFromRemainingArguments = $true)] $foo ) "a=$a b=$b foo=$($foo -join ',')" }
get-bar a b c d
