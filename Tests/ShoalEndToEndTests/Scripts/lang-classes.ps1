# class: properties with types and defaults, hidden and static members,
# constructors by arity, base(...) chaining, methods that return only with
# return, ToString, casts from hashtables, -is, typed parameters, use before
# the definition; enum with values and [Flags()]; errors for what is wrong.
$early = [Point]::new(1, 2)
"early: $($early.X),$($early.Y)"
class Point {
    [int]$X
    [int]$Y = 5
    hidden [string]$Secret = 's'
    static [int]$Count = 0
    Point() { [Point]::Count++ }
    Point([int]$x, [int]$y) { $this.X = $x; $this.Y = $y; [Point]::Count++ }
    [double] Length() { return [math]::Sqrt($this.X * $this.X + $this.Y * $this.Y) }
    [string] ToString() { return "($($this.X), $($this.Y))" }
    [void] Move([int]$dx) { $this.X += $dx; "ignored output" }
    static [Point] Origin() { return [Point]::new() }
}
$p = [Point]::new(3, 4)
$p.Length()
"$p"
$p.Move(2)
$p.X
[Point]::Count
$o = [Point]::Origin()
"origin $o y=$($o.Y)"
$h = [Point]@{ X = 7; Y = 8 }
"$h"
$p -is [Point]
$p.GetType().Name
$p | Format-Table
class Point3 : Point {
    [int]$Z
    Point3([int]$x, [int]$y, [int]$z) : base($x, $y) { $this.Z = $z }
    [string] ToString() { return "($($this.X), $($this.Y), $($this.Z))" }
}
$q = [Point3]::new(1, 2, 3)
"$q"; $q -is [Point]; $q.Length()
enum Color { Red; Green = 5; Blue }
[Color]::Blue
[int][Color]::Blue
[Color]'Green'
[Color]::Red -eq 'Red'
[enum]::GetNames([Color]) -join ','
[Flags()] enum Perm { Read = 1; Write = 2; Exec = 4 }
[Perm]'Read,Write'
[int]([Perm]::Read -bor [Perm]::Exec)
function Show([Point]$pt) { "show $pt" }
Show $p
Show @{ X = 1; Y = 1 }
try { [Point]::new(1) } catch { $_.FullyQualifiedErrorId }
try { [Point]@{ Nope = 1 } } catch { $_.Exception.Message }
try { $p.Length(1) } catch { $_.FullyQualifiedErrorId }
try { [Color]'Purple' } catch { $_.FullyQualifiedErrorId }
class Fact { static [int] Of([int]$n) { if ($n -le 1) { return 1 }; return $n * [Fact]::Of($n - 1) } }
[Fact]::Of(5)
class Counter {
    [int]$N
    [void] Add() { $this.N++; $this.Log("added") }
    hidden [void] Log([string]$m) { $script:log += $m }
    [int[]] Range() { return 1..$this.N }
    [hashtable] AsTable() { return @{ n = $this.N } }
}
$script:log = @()
$c = [Counter]::new(); $c.Add(); $c.Add()
$c.N; $script:log -join ','
$c.Range() -join ','
$c.AsTable().n
$c | ConvertTo-Json -Compress
[Counter]::new() | Get-Member -MemberType Property | % Name
$list = [System.Collections.Generic.List[Counter]]::new(); $list.Add($c); $list.Count
$j = Start-ThreadJob { param($o) "$($o.N) $($o.PSObject.TypeNames[0])" } -ArgumentList $c
Receive-Job $j -Wait -AutoRemoveJob
try { class Bad : System.IO.Stream { } } catch { $_.FullyQualifiedErrorId }
"{0}" -f ("a1b2" -replace "\d", { [int]$_.Value * 2 })
# Members after a method's body need no separator; a property does.
class OneLine { [int]$X = 1; OneLine() {} OneLine([int]$x) { $this.X = $x } [int] Twice() { return $this.X * 2 } }
[OneLine]::new(4).Twice(); [OneLine]::new().X
try { [scriptblock]::Create('class P { [int]$A [int]$B }') } catch { $_.Exception.InnerException.Message }
