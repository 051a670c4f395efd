# Static members of the common .NET types, from their member tables: calls,
# properties, errors, and what Get-Member -Static lists.
[string]::Join('-', @(1, 2, 3))
[string]::Join('+', 'a', 'b')
"[$([string]::Empty)] $([string]::IsNullOrEmpty($null)) $([string]::IsNullOrWhiteSpace(' ')) $([string]::Concat('x', 1))"
[string]::Format('{0}/{1}', 'a', 'b')
[string]::new('ab', 2)
"$([char]::IsDigit('7')) $([char]::IsLetter('7')) $([char]::ToUpper('q'))"
"$([int]::MaxValue) $([int]::MinValue) $([long]::MaxValue) $([int]::Parse('42') + 1)"
"$([double]::IsNaN([double]::NaN)) $([double]::PositiveInfinity) $([double]::Parse('2.5'))"
$d = [datetime]::new(2024, 2, 29, 13, 5, 9)
"$($d.ToString('yyyy-MM-dd HH:mm:ss')) $([datetime]::DaysInMonth(2023, 2))"
"$([timespan]::FromMilliseconds(1500).TotalSeconds) $([timespan]::FromHours(1.5).TotalMinutes) $([timespan]::new(1, 2, 3, 4).TotalSeconds) $([timespan]::Zero)"
"$([System.IO.Path]::GetFileNameWithoutExtension('/a/b.tar.gz')) $([IO.Path]::Combine('a', 'b')) $([IO.Path]::IsPathRooted('/x'))"
"$([regex]::IsMatch('abc', 'B')) $([regex]::Replace('a1b2', '\d', '#')) $([regex]::Escape('1+1'))"
"$([version]::new(1, 2, 3)) $([version]::Parse('2.0').Major)"
"$([Convert]::ToString(10, 2)) $([Convert]::ToInt32('1f', 16)) $([Convert]::ToBoolean(1))"
[guid]::Empty.ToString()
([guid]::NewGuid().ToString() -match '^[0-9a-f]{8}-[0-9a-f]{4}-4')
# A void method writes nothing.
$written = @([Environment]::SetEnvironmentVariable('SHOAL_STATIC_TEST', 'on'))
"$($written.Count) $env:SHOAL_STATIC_TEST $([Environment]::GetEnvironmentVariable('SHOAL_STATIC_TEST'))"
try { [Convert]::ToString(5, 3) } catch { $_.FullyQualifiedErrorId }
try { [int]::Parse('many') } catch { $_.Exception.InnerException.GetType().FullName }
try { [datetime]::Now() } catch { $_.FullyQualifiedErrorId }
try { [timespan]::new(1, 2) } catch { $_.FullyQualifiedErrorId }
[string]::Join
([timespan] | Get-Member -Static -MemberType Method).Name -join ','
([Environment] | Get-Member -Static -MemberType Property).Name -join ','
# Constructors and the runtime's types.
$list = [System.Collections.Generic.List[int]]::new(); $list.Add(3); $list.Add(4)
$array = [System.Collections.ArrayList]::new(@('a', 'b'))
$shared = [hashtable]::Synchronized(@{ k = 'v' })
$ordered = [System.Collections.Specialized.OrderedDictionary]::new(); $ordered.z = 1; $ordered.a = 2
"$($list.Count) $($array.Count) $($shared.k) $($ordered.Keys -join '')"
$builder = [System.Text.StringBuilder]::new('x'); [void]$builder.Append('y'); $builder.ToString()
$watch = [System.Diagnostics.Stopwatch]::StartNew(); [System.Threading.Thread]::Sleep(10)
"$($watch.ElapsedMilliseconds -ge 5) $([System.Diagnostics.Stopwatch]::IsHighResolution) $(@([System.Threading.Thread]::Sleep(1)).Count)"
[Console]::WriteLine('from the console')
([scriptblock]::Create('6 * 7')).Invoke()
try { [scriptblock]::Create('1 +') } catch { $_.FullyQualifiedErrorId }
([System.Diagnostics.Stopwatch] | Get-Member -Static).Name -join ','
