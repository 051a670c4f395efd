# $PSStyle: OutputRendering decides decoration; the styles are validated.
function Show($text) { $text -replace "`e", '<E>' -replace "`n", '\n' }

"start: $($PSStyle.OutputRendering)"   # NO_COLOR is set by the harness
$red = "$($PSStyle.Foreground.Red)red$($PSStyle.Reset)"
Show ($red | Out-String)
Show ([pscustomobject]@{foo = 1} | Format-Table | Out-String)

$PSStyle.OutputRendering = 'Ansi'
"now: $($PSStyle.OutputRendering) ($($PSStyle.OutputRendering.GetType().FullName))"
Show ($red | Out-String)
[pscustomobject]@{foo = 1} | Format-Table | Out-String -Stream | ForEach-Object { Show $_ }
[pscustomobject]@{foo = 1; bar = 2} | Format-List | Out-String -Stream | ForEach-Object { Show $_ }
# Matches are emphasized where the terminal understands escape sequences
# (the harness's TERM is dumb), and not under __SuppressAnsiEscapeSequences.
$env:TERM = 'xterm-256color'
Show ("hello", "Hello", "goodbye" | Select-String l | Out-String)
Show ("hello", "Hello" | Select-String l -AllMatches | Out-String)
Show ("hello", "Hello" | Select-String l -NoEmphasis | Out-String)
"hello" | Select-String l | ForEach-Object { Show $_.ToString() }
$env:__SuppressAnsiEscapeSequences = 1
Show ("hello" | Select-String l | Out-String)
$env:__SuppressAnsiEscapeSequences = $null
$env:TERM = 'dumb'
"TERM=dumb: $($Host.UI.SupportsVirtualTerminal)"
Show ("hello" | Select-String l | Out-String)
"thread job sees: $(Start-ThreadJob { $PSStyle.OutputRendering } | Receive-Job -Wait -AutoRemoveJob)"

$PSStyle.Formatting.TableHeader = $PSStyle.Bold + $PSStyle.Foreground.FromRgb(1, 2, 3)
[pscustomobject]@{a = 1} | Format-Table | Out-String -Stream | Select-Object -Skip 1 -First 1 | ForEach-Object { Show $_ }
Show $PSStyle.Background.FromRgb(0x102030)
Show $PSStyle.Foreground.FromConsoleColor('DarkCyan')
Show $PSStyle.FormatHyperlink('docs', 'https://example.com')
Show $PSStyle.FileInfo.Extension['.ZIP']
$PSStyle.FileInfo.Extension.Add('.log', "`e[2m")
$PSStyle.FileInfo.Extension.ContainsKey('.log')
$PSStyle.FileInfo.Extension.Remove('.log')
$PSStyle.FileInfo.Extension.ContainsKey('.log')
$PSStyle.Progress.View
$PSStyle.Progress.MaxWidth = 60
$PSStyle.Progress.MaxWidth

try { $PSStyle.OutputRendering = 'Loud' } catch { "$($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
try { $PSStyle.Formatting.Error = 'red' } catch { $_.Exception.Message }
try { $PSStyle.Progress.MaxWidth = 10 } catch { $_.Exception.Message }
try { $PSStyle.FileInfo.Extension.Add('log', "`e[2m") } catch { $_.Exception.Message }
try { $PSStyle.FileInfo.Extension.Add('.zip', "`e[2m") } catch { $_.Exception.Message }
try { $PSStyle.Reset = 'x' } catch { $_.Exception.Message }

$PSStyle.OutputRendering = 'PlainText'
Show ("hello" | Select-String l | Out-String)
$PSStyle | Get-Member -MemberType Property | Where-Object Name -like 'O*' | ForEach-Object Definition
$PSStyle.Formatting | Get-Member -MemberType Property | Select-Object -First 2 | ForEach-Object Definition
