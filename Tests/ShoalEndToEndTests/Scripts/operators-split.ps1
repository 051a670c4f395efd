# -split as pwsh: a maximum count (negative: from the right), a predicate
# script block, and SplitOptions.
("a b c d" -split " ", 2) -join "|"
("a b c d" -split " ", 0) -join "|"
("a2b3c4d" -split '\d+', -2) -join "|"
("a::b::c::d" -split { $_ -eq "b" -or $_ -eq "C" }) -join "|"
("a b c d" -split { $_ -like ' ' }, -2) -join "|"
("a b c d" -split { param($s, $i) $i -eq 3 }) -join "|"
("a1`nb2c`nd" -split 'b.+c', 0, 'Singleline') -join "|"
("a1`nb2" -split '^b', 0, 'Multiline') -join "|"
("a:b" -split '(:)') -join "|"
("a:b" -split '(:)', 0, 'ExplicitCapture') -join "|"
("a: b:c" -split ': ', 0, 'IgnorePatternWhitespace') -join "|"
("a.b" -split '.', 0, 'SimpleMatch') -join "|"
("aBc" -csplit 'b') -join "|"
("aBc" -csplit 'b', 0, 'IgnoreCase') -join "|"
try { "abc" -split "B", 0, 'SimpleMatch,Multiline' } catch { $_.FullyQualifiedErrorId }
try { "abc" -split { $true }, 0, 'Multiline' } catch { $_.FullyQualifiedErrorId }
try { "abc" -split "b", 0, 'Sideways' } catch { $_.FullyQualifiedErrorId }
