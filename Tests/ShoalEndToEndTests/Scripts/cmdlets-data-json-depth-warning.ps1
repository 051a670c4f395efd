# ConvertTo-Json warns once when objects nest deeper than -Depth.
@{ level1 = @{ level2 = @{ level3 = @{ level4 = 'deep' } } } } | ConvertTo-Json -Compress
[pscustomobject]@{ a = [pscustomobject]@{ b = 1 } } | ConvertTo-Json -Depth 0 -Compress
