'this must not be printed'
$s = "never closed
'more'
