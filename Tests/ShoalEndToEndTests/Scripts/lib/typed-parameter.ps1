param([int]$Count)
"count $Count"
