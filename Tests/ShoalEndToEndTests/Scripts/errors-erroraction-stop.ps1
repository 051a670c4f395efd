# $ErrorActionPreference = 'Stop' turns non-terminating errors into terminating ones.
$ErrorActionPreference = 'Stop'
try {
    Write-Error 'now terminating'
    'not reached'
} catch {
    "caught: $($_.Exception.Message)"
}
'before uncaught'
Write-Error 'uncaught stop'
'never printed'
