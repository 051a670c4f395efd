'this must not be printed'
$x = (1 + 2))
