# A match evaluator: a script block replaces each match with what it
# returns, given the Match as $_ (-replace) or as its argument (a
# MatchEvaluator, for -replace and [regex]::Replace alike).
'a1b22' -replace '\d+', { '<' + $_.Value + '>' }
$stars = { '*' * $args[0].Value.Length } -as [System.Text.RegularExpressions.MatchEvaluator]
'ID ABC123' -replace '\b[A-C]+', $stars
[regex]::Replace('x-y-z', '-', { param($match) "[$($match.Index)]" })
([regex]'\d').Replace('a1b2', [System.Text.RegularExpressions.MatchEvaluator]{ param($m) [int]$m.Value * 10 })
try { [System.Text.RegularExpressions.MatchEvaluator]'text' } catch { $_.Exception.Message }
