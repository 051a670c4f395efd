# Wildcard and regex matching, $Matches.
'hello.txt' -like '*.txt'
'Hello' -like 'h*'
'Hello' -clike 'h*'
'abc' -notlike 'a?c'
'a1' -like 'a[0-9]'
'hello world' -match 'o w'
$Matches[0]
'2024-01-15' -match '(\d+)-(\d+)-(\d+)'
$Matches[1]
$Matches[3]
'key=value' -match '(?<k>\w+)=(?<v>\w+)'
$Matches.k
$Matches['v']
'ABC' -cmatch 'abc'
'ABC' -match 'abc'
'abc' -notmatch 'x'
('apple', 'banana', 'cherry' -like '*an*') -join ','
('apple', 'banana', 'cherry' -match 'e') -join ','
