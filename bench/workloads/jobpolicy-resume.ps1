# bench/jobpolicy: inputs 1..N through ForEach-Object -Parallel, each
# writing its number, with -JobLog <log> (and -Resume when asked); prints
# how many iterations ran.
param([int]$Count, [string]$Log, [switch]$Resume)
$ran = 0
1..$Count | ForEach-Object -Parallel { "$_" } -JobLog $Log -Resume:$Resume | ForEach-Object { $ran++ }
"ran $ran"
