# pwsh 7: a line that starts with `|` continues the pipeline above it,
# also after a comment line; `||` on the next line does not.
1..6
    | Where-Object { $_ % 2 -eq 0 }
    # keep the even ones, then double them
    | ForEach-Object { $_ * 2 }
$total = 1..4
  | Measure-Object -Sum
"sum $($total.Sum)"
'single line'
'next statement'
