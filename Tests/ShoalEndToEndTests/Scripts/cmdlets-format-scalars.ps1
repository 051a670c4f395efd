# Scalars print one per line; a table started between them keeps its blank
# lines around it, and later scalars print inside it, as PowerShell does.
1
2.5
'text'
$true
[pscustomobject]@{A = 1; B = 'x'}
'after'
