# Write-Output and Write-Host; informational streams are silent by default.
Write-Output 'wo'
Write-Host 'wh'
Write-Host 'no' 'newline' -NoNewline
Write-Host ''
Write-Host 1 2 3 -Separator ','
Write-Output 1, 2
echo 'echo alias'
Write-Verbose 'verbose is off by default'
Write-Debug 'debug is off by default'
Write-Information 'information is off by default'
$VerbosePreference = 'SilentlyContinue'
'end'
