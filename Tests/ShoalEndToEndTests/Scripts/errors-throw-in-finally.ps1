# An error in a finally block is not swallowed: it ends the script, as in
# PowerShell, after the body's output.
function Clean {
    try { 'body' } finally { 'cleanup ran' }
}
Clean
try {
    try { throw 'first' } finally { 'inner finally' }
} catch {
    "caught: $_"
}
try {
    try { throw 'original' } finally { throw 'from finally' }
} catch {
    "replaced: $_"
}
try {
    try { throw 'a' } catch { throw 'from catch' } finally { 'finally after catch' }
} catch {
    "caught: $_"
}
foreach ($i in 1..3) {
    try { if ($i -eq 2) { break }; "item $i" } finally { "finally $i" }
}
try { 'last body' } finally { throw 'x' }
'not reached'
