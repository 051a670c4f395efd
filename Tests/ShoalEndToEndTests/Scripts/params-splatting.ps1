# Splatting hashtables and arrays, and passing $PSBoundParameters on.
function Show { param($First, $Second, [switch]$Flag) "First=$First Second=$Second Flag=$($Flag.IsPresent)" }
$h = @{ First = 'one'; Second = 'two' }
Show @h
$a = 'p1', 'p2'
Show @a
$withSwitch = @{ First = 'f'; Flag = $true }
Show @withSwitch
Show @h -Flag
function Outer { param($First, $Second) Show @PSBoundParameters }
Outer -Second s2
# Splatted keys bind as named arguments do: typed, to switches, from two
# tables, to a mandatory parameter, and a clash or a bad value is the binder's error.
function Typed([int]$Count, [switch]$Force, $Rest) { "Count=$Count ($($Count.GetType().Name)) Force=$Force Rest=$Rest" }
$typed = @{ Count = '42'; Force = 1 }
Typed @typed
$first = @{ Count = 1 }; $second = @{ Rest = 'r' }
Typed @first @second
function Needs { param([Parameter(Mandatory)][string]$Name, $Greeting = 'hello') "$Greeting $Name" }
$who = @{ Name = 'world' }
Needs @who
function Simple($a) { "a=$a args=$($args -join ',')" }
$extra = @{ a = 1; b = 2 }
Simple @extra
try { $clash = @{ Count = 2 }; Typed @first @clash } catch { $_.FullyQualifiedErrorId }
try { $bad = @{ Count = 'many' }; Typed @bad } catch { $_.FullyQualifiedErrorId }
# Keys match parameter names as `-name` does: any case, a unique prefix,
# letters beyond ASCII; a synchronized table splats as any other.
function pair($Name, $Größe) { "$Name/$Größe" }
$upper = @{ NAME = 'n'; GRÖßE = 'g' }; pair @upper
$prefix = @{ na = 'p'; grö = 'q' }; pair @prefix
$shared = [hashtable]::Synchronized(@{ name = 's'; größe = 't' }); pair @shared
$unknown = @{ nope = 1 }
try { function strict { [CmdletBinding()] param($Name) $Name }; strict @unknown } catch { $_.FullyQualifiedErrorId }
# A table rebuilt or changed between calls splats its current entries; a
# table of many keys binds each of them.
function Sum($a, $b) { $a + $b }
$total = 0
foreach ($n in 1..5) { $pair = @{ a = $total; b = $n }; $total = Sum @pair }
$total
$reused = @{ a = 1; b = 2 }
Sum @reused
$reused.b = 40
Sum @reused
function Many($p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10) { ($p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10) -join '' }
$all = @{ p10 = 'j'; P9 = 'i'; p8 = 'h'; p7 = 'g'; p6 = 'f'; p5 = 'e'; p4 = 'd'; p3 = 'c'; p2 = 'b'; p1 = 'a' }
Many @all
$all.Remove('p5')
Many @all
