# $_.ScriptStackTrace lists every frame the error came through, innermost
# first, each at its line; the command line that started the script is
# `<No file>`.
function Inner {
    throw 'deep'
}
function Middle {
    try { Inner } catch { "caught in Middle:"; Show $_ }
    Inner
}
function Outer {
    Middle
}
function Show($record) {
    $record.ScriptStackTrace -replace [regex]::Escape($PSScriptRoot), '<dir>'
}
try { Outer } catch { "caught at the top:"; Show $_ }
function Quiet { Get-Item -Path ./no-such-file -ErrorAction SilentlyContinue }
Quiet
"non-terminating, from `$Error:"
Show $Error[0]
