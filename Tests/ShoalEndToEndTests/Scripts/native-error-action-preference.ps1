# A failing native program sets $LASTEXITCODE and $?; with
# $PSNativeCommandUseErrorActionPreference it is also an error that
# $ErrorActionPreference routes (pwsh 7.4).
false
"exit code $LASTEXITCODE, succeeded $?"
$PSNativeCommandUseErrorActionPreference = $true
$ErrorActionPreference = 'SilentlyContinue'
false
"silent: $LASTEXITCODE, errors $($Error.Count)"
$ErrorActionPreference = 'Stop'
try {
    sh -c 'exit 3'
    'not reached'
} catch {
    "caught: $($_.FullyQualifiedErrorId) $LASTEXITCODE"
}
