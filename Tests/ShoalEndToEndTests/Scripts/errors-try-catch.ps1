# try/catch/finally, typed catch clauses, rethrow, throwing objects.
try { 'in try'; throw 'boom'; 'not reached' } catch { "caught: $($_.Exception.Message)" } finally { 'finally runs' }
try { 'no error' } finally { 'finally without error' }
try { throw [System.ArgumentException]::new('bad arg') } catch [System.IO.IOException] { 'io' } catch [System.ArgumentException] { "argument: $($_.Exception.Message)" }
try { $a = 1; $b = 0; $a / $b } catch [System.DivideByZeroException] { 'divide by zero caught' }
try { throw 'x' } catch [System.Management.Automation.RuntimeException] { 'runtime exception' }
try { Get-NoSuchThing } catch [System.Management.Automation.CommandNotFoundException] { 'command not found' }
try {
    try { throw 'inner' } finally { 'inner finally' }
} catch { "outer caught: $_" }
try {
    try { throw 'first' } catch { "inner catch: $_"; throw }
} catch { "rethrown: $($_.Exception.Message)" }
function Fails { throw 'from function' }
try { Fails; 'not reached' } catch { "function error: $_" }
try { throw @{ Code = 42 } } catch { "object thrown: $($_.TargetObject.Code)" }
$result = try { 'value from try' } catch { 'c' }
$result
foreach ($i in 1..3) { try { if ($i -eq 2) { continue }; "loop $i" } finally { "finally $i" } }
