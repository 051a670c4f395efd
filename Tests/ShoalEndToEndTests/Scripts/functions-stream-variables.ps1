# An advanced function's -WarningVariable and -InformationVariable gather what its
# commands (and the advanced functions it calls) write, as -ErrorVariable does; +name
# appends; -WarningAction Ignore keeps nothing; a simple function has no common parameters.
function Test-Thing {
    [CmdletBinding()] param()
    Write-Warning 'careful'
    Write-Information 'noted'
    Write-Error 'bad'
    Inner
    'output'
}
function Inner { [CmdletBinding()] param() Write-Warning 'inner warning' }
$out = Test-Thing -WarningVariable wv -InformationVariable iv -ErrorVariable ev -WarningAction SilentlyContinue -ErrorAction SilentlyContinue
"out: $out"
"warnings: $($wv.Count): $($wv -join ' | ')"
"info: $($iv.Count): $($iv -join ' | ') $($iv[0].GetType().Name)"
"errors: $($ev.Count)"
$wv[0].GetType().FullName
Test-Thing -WarningVariable +wv -WarningAction SilentlyContinue -ErrorAction Ignore | Out-Null
"appended: $($wv.Count)"
Test-Thing -WarningVariable w2 -WarningAction Ignore -ErrorAction Ignore | Out-Null
"ignored: $($w2.Count)"
function Plain { Write-Warning 'plain' }
Plain -WarningVariable w3 3>$null
"plain function: [$w3]"
