# Instance properties and methods, static members.
$s = 'Hello, World'
$s.Length
$s.ToUpper()
$s.Substring(7)
$s.Substring(0, 5)
$s.IndexOf('o')
$s.Replace('World', 'shoal')
$s.Contains('World')
$s.StartsWith('Hell')
$s.Split(',')[1].Trim()
'  pad  '.Trim()
'a-b-c'.Split('-').Count
'x'.PadLeft(3, '*')
(42).ToString()
(3.14159).ToString('F2')
[math]::Round(2.567, 2)
[math]::Round(2.5)
[math]::Max(3, 9)
[math]::Abs(-4)
[math]::Pow(2, 10)
[math]::Floor(3.7)
[int]::MaxValue
([TimeSpan]::Zero).TotalSeconds
"$([TimeSpan]::Zero)"
[string]::IsNullOrEmpty('')
[string]::Join(',', [string[]]('a', 'b'))
try { 'abc'.NoSuchMethod() } catch { $_.Exception.Message }
