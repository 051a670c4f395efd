# Method arguments may be any expression, including @( ) and $( ) with commas inside.
[string]::Join(',', @('a', 'b'))
'x'.Insert(0, @(1, 2).Count)
[math]::Max($(1, 5).Count, 1)
'abc'.Replace('b', "$(1, 2)")
