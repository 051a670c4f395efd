# [uri]: parsed once into its parts; printed and compared as its canonical text.
$u = [uri]'HTTPS://Example.com:443/a/b.txt?x=1&y=2#top'
"$u"
$u.GetType().FullName
"$($u.Scheme) $($u.Host) $($u.Port) $($u.IsDefaultPort)"
"$($u.AbsolutePath) $($u.Query) $($u.Fragment) $($u.PathAndQuery)"
$u.Segments -join '|'
([uri]'http://localhost:8080').Authority
([uri]'http://localhost:8080').IsLoopback
$relative = [uri]'logs/today.txt'
$relative.IsAbsoluteUri
$relative.OriginalString
[uri]'http://x/' -eq 'http://x/'
[uri]::EscapeDataString('a b&c/d')
[uri]::UnescapeDataString('a%20b')
[uri]::IsWellFormedUriString('https://a.b/c', 'Absolute')
try { [uri]'http://[bad' } catch { $_.FullyQualifiedErrorId }
function Fetch([uri]$Address) { $Address.Host }
Fetch 'https://api.example.org/v1'
# What a URI cannot hold as written is escaped, as .NET escapes it.
$spaced = [uri]'https://x.org/a b?q=c d'
"$spaced"
$spaced.LocalPath
