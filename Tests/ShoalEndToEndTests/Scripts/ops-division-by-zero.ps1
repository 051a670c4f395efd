# Division by zero is a statement-terminating error: the script goes on.
$zero = 0
'before'
$r = 10 / $zero
'after'
