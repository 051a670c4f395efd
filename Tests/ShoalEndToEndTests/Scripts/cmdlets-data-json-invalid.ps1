# Invalid JSON stops ConvertFrom-Json with PowerShell's (Newtonsoft's) message.
try {
    '{"a": 1}x' | ConvertFrom-Json
} catch {
    $_.FullyQualifiedErrorId
    $_.Exception.Message
}
try {
    '{"a": nope}' | ConvertFrom-Json
} catch {
    $_.Exception.Message
}
try {
    'x' | ConvertFrom-Json
} catch {
    $_.Exception.Message
}
