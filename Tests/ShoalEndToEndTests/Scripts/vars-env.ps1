# $env: variables: read, write, remove; children see them. Names are case-sensitive on Linux.
$env:SHOAL_E2E = 'hello env'
$env:SHOAL_E2E
"[$env:shoal_e2e]"
sh -c 'echo "child: $SHOAL_E2E"'
$env:SHOAL_E2E = $null
"[$env:SHOAL_E2E]"
sh -c 'echo "child after removal: [${SHOAL_E2E-unset}]"'
$null -eq $env:NO_SUCH_VAR_XYZ
