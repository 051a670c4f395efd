# Runaway recursion ends with a catchable call depth overflow; the shell survives.
function Recurse-Forever($n) { Recurse-Forever ($n + 1) }
try { Recurse-Forever 0 } catch { "caught: $($_.Exception.Message)"; $_.Exception.GetType().Name }
'shell survived'
