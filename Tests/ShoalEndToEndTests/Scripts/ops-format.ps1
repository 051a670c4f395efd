# The -f operator with .NET composite formats.
'{0} and {1}' -f 'a', 'b'
'{0:N2}' -f 1234.5678
'[{0,5}]' -f 42
'[{0,-5}]' -f 42
'{0:D3}' -f 7
'{0:X}' -f 255
'{0:x4}' -f 255
'{0:F2}' -f 3.14159
'{1}{0}' -f 'a', 'b'
'{{literal}} {0}' -f 'x'
'{0:N0}' -f 1234567
'{0,-10}|' -f 'left'
'{0:0.00}' -f 2
'{0:yyyy-MM-dd}' -f [datetime]'2024-03-05'
'[{0}]' -f $null
$args2 = @('p', 'q')
'{0}-{1}' -f $args2
