# using namespace shortens type names; using module imports; DATA sections;
# switch -File reads a file's lines; a function's clean block runs last,
# even after an error, with its output discarded.
using namespace System.Text
using module Microsoft.PowerShell.Utility
$builder = [StringBuilder]::new('built')
$builder.ToString()
DATA { 'data output' }
DATA messages { ConvertFrom-StringData 'greeting = hello' }
$messages.greeting
$file = "/tmp/shoal-e2e-switch-file-$PID.txt"
Set-Content $file 'alpha', 'beta', 'gamma'
switch -Regex -File $file { '^b' { "matched $_" } default { "other $_" } }
Remove-Item $file
function WithClean {
    begin { 'begin' }
    end { 'end'; throw 'failed' }
    clean { 'clean output is discarded'; Write-Host 'clean ran' }
}
try { WithClean } catch { "caught: $_" }
function OnlyClean { clean { Write-Host 'not run: no other block ran' } }
OnlyClean
