# Casts and conversions.
[int]'42' + 1
[int]3.5
[int]2.5
[int]-2.5
[long]'9000000000'
[double]'1.5'
([string]42).GetType().Name
[bool]1
[bool]0
[bool]''
[bool]'x'
[char]65
[int][char]'A'
([array]5).GetType().Name
([array]5).Count
([string[]]@(1, 2)).GetType().Name
([int[]]@('1', '2'))[1] + 1
([hashtable]@{ a = 1 }).GetType().Name
$d = [datetime]'2024-02-29 13:45:00'
$d.Year
$d.Month
$d.DayOfWeek
$d.ToString('yyyy-MM-dd HH:mm')
$t = [timespan]'01:02:03'
$t.TotalSeconds
$t.Minutes
([regex]'a+').Match('caaab').Value
[void](Write-Output 'discarded')
[void]5
[int]$null
"[$([string]$null)]"
[int]'0x10'
[double]'1e3'
[string](1, 2, 3)
try {
    [int]'abc'
} catch {
    $_.Exception.Message -like 'Cannot convert value "abc" to type "System.Int32".*'
}
'still running'
