# A missing file is a non-terminating error for Get-Content; -ErrorAction
# Stop makes it terminating.
Get-Content '/tmp/shoal-e2e-definitely-missing.txt'
"after: $($Error[0].FullyQualifiedErrorId)"
try {
    Get-Content '/tmp/shoal-e2e-definitely-missing.txt' -ErrorAction Stop
} catch {
    "caught: $($_.Exception.Message)"
}
Test-Path '/tmp/shoal-e2e-definitely-missing.txt'
