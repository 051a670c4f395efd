# trap: a block's handler for terminating errors, wherever in the block it stands.
function Continues {
    "one"
    if ($true) { throw "boom"; "never" }
    "two"
    trap { "trapped: $_"; continue }
}
Continues

# Without continue or break the error is reported and the next statement runs.
function Reports {
    trap { "reported trap" }
    $zero = 0
    1 / $zero
    "after the error"
}
Reports 2>$null
"errors recorded: $($Error.Count -gt 0)"

# break passes the error on to the caller, which has its own trap.
function Breaks {
    trap { "breaking"; break }
    throw "to the caller"
    "never"
}
function Caller {
    trap { "caller caught: $_"; continue }
    Breaks
    "caller goes on"
}
Caller

# The most specific trap wins: exact type, then a base type, then untyped.
function Typed {
    trap { "untyped"; continue }
    trap [System.ArithmeticException] { "arithmetic: $($_.Exception.GetType().Name)"; continue }
    trap [System.Management.Automation.RuntimeException] { "runtime"; continue }
    $zero = 0
    1 / $zero
    throw "plain"
    Get-Item /no/such/file -ErrorAction Stop
}
Typed

# return in a trap leaves the function with the trap's output.
function Returns {
    trap { return "returned from trap" }
    throw "x"
    "never"
}
Returns

# A trap's variables are its own; try/catch inside a trap block still wins.
$outer = "unchanged"
& {
    trap { $outer = "changed"; "trap ran"; continue }
    try { throw "caught" } catch { "catch ran" }
    throw "trapped"
}
"outer: $outer"

# A statement after a block needs no separator.
if ($true) { "if" } "next"
