# An unknown -name given to a simple function takes the argument after it into $args.
function Simple($a) { "a=[$a] args=[$args]" }
Simple -Name x
Simple -Name x y
Simple y -Name x
Simple -Name -Other x

# [Parameter()] in a function's parentheses makes it advanced: unknown names are errors.
function Declared([Parameter()]$a) { "a=$a" }
try { Declared -Name x } catch { $_.FullyQualifiedErrorId }

# Without a process block every pipeline object binds; the end block sees the last.
'a', 'b' | & { param([Parameter(ValueFromPipeline)]$x) "last=$x input=$input" }

# An advanced function's [bool] takes booleans and numbers, not text.
function Strict { [CmdletBinding()] param([bool[]]$Flags) $Flags -join ',' }
try { Strict 'a', 'b' } catch { $_.FullyQualifiedErrorId }
Strict 1, 0, $true
function Loose([bool[]]$Flags) { $Flags -join ',' }
Loose 'a', ''

# A typed parameter's default converts to its type.
function Defaults([System.Reflection.MemberTypes]$kinds = 'Method,Property', [int]$n = '5') { "$kinds $($kinds.GetType().Name) $($n.GetType().Name)" }
Defaults
[Enum]::GetNames('System.DayOfWeek')[0]

# pwsh numbers parameter sets in a 32-bit mask.
$sets = (1..33 | ForEach-Object { "[Parameter(ParameterSetName='s$_')]`$p$_" }) -join ', '
try { & ([scriptblock]::Create("param($sets) 'ran'")) -p1 1 } catch { $_.FullyQualifiedErrorId }

# An array's enumerator is a cursor; passing it as an argument leaves it where it is.
$cursor = (1..4).GetEnumerator()
$null = $cursor.MoveNext()
& { } $cursor
"current: $($cursor.Current)"
($cursor | ForEach-Object { $_ }) -join ','
