# The error record in catch: exception, id, category, invocation info.
try { throw 'custom message' } catch {
    $_.Exception.Message
    $_.Exception.GetType().FullName
    $_.FullyQualifiedErrorId
    $_.CategoryInfo.Category
    $_.InvocationInfo.ScriptLineNumber
    $_.ToString()
    $_.GetType().Name
}
try { Write-Error 'we failed' -ErrorAction Stop } catch {
    $_.FullyQualifiedErrorId
    $_.Exception.GetType().Name
    $_.CategoryInfo.Category
}
try { $n = $null; $n.Go() } catch {
    $_.Exception.Message
    $_.FullyQualifiedErrorId
    $_.CategoryInfo.Category
}
try { Get-NoSuchCommand } catch {
    $_.FullyQualifiedErrorId
    $_.CategoryInfo.Category
    $_.Exception.GetType().Name
}
try { 'abc'.NoSuchMethod() } catch {
    $_.FullyQualifiedErrorId
}
try { $zero = 0; 1 / $zero } catch {
    $_.Exception.Message
    $_.FullyQualifiedErrorId
}
