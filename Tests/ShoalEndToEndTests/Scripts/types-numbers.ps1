# The .NET number types keep their type: casts, literal suffixes and arithmetic.
([long]5).GetType().Name
(5l).GetType().Name
(1uy).GetType().Name
(7n).GetType().Name
(1.5d).GetType().Name
([uint64]18446744073709551615).GetType().Name
(18446744073709551615).GetType().Name

# Arithmetic takes the wider type; integers that overflow become a Double.
([long]5 + 1).GetType().Name
([byte]5 + [byte]6).GetType().Name
([uint32]1 + 1).GetType().Name
[long]::MaxValue + 1
([long]9223372036854775807 + 1).GetType().Name
$count = [long]1; $count++; "$count $($count.GetType().Name)"
[long]$typed = 3; $typed += 1; $typed.GetType().Name

# Decimals are exact and keep their scale; big integers have no limit.
[decimal]0.1 + [decimal]0.2
(0.1d + 0.2d) -eq 0.3d
[decimal]'1.50'
1.5d * 2
10d / 3
[decimal]3 % 2
-[decimal]1.5
[bigint]'123456789012345678901234567890' * 10
2n * 3n + 1
7n / 2

# Conversions check their range with .NET's words.
try { [byte]300 } catch { $_.Exception.Message }
try { [sbyte]'-200' } catch { $_.Exception.Message }
[long]'0x10'
[int16]-5

# They compare, sort, format and serialize as numbers.
[long]5 -eq 5
5 -lt [long]6
[decimal]1 -eq 1
(@([long]3, [long]1, [long]2) | Sort-Object) -join ','
"{0:N2}" -f [decimal]1234.5
@{ a = [long]5; b = [decimal]'1.50'; c = 7n } | ConvertTo-Json -Compress
(Start-ThreadJob { [long]5 + 1 } | Receive-Job -Wait -AutoRemoveJob).GetType().Name
(Start-Job { 0.1d + 0.2d } | Receive-Job -Wait -AutoRemoveJob).GetType().Name
[long]5 -is [long]
[long]5 -is [ValueType]

# The typed numbers' static members.
[bigint]::Pow(2, 100)
[bigint]::Parse('-12345678901234567890') * 2
[decimal]::MaxValue
[decimal]::Parse('1.10')
