# -join, -split (binary, unary, with limit and options) and -replace.
1, 2, 3 -join '-'
-join ('a', 'b', 'c')
('a,b,,c' -split ',').Count
('a,b,,c' -split ',') -join '|'
('one  two' -split '\s+') -join '|'
(-split 'a b c') -join '|'
('a.b.c' -split '.', 0, 'SimpleMatch') -join '|'
('a,b,c,d' -split ',', 2) -join '|'
('A1B2' -split '(\d)') -join '|'
'hello' -replace 'l', 'L'
'Hello' -replace 'h', 'j'
'Hello' -creplace 'h', 'j'
'John Smith' -replace '(\w+) (\w+)', '$2, $1'
'abc' -replace 'b'
'a-b' -replace '-', '$$'
('x1', 'y2' -replace '\d', '#') -join ','
