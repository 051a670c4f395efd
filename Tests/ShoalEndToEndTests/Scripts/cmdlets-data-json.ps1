# ConvertTo-Json in PowerShell 7's layout, -Compress, -AsArray, depth
# truncation, and ConvertFrom-Json back to objects.
[ordered]@{
    name    = 'shoal'
    version = 1
    ratio   = 0.25
    whole   = 2.0
    enabled = $true
    missing = $null
    tags    = @('shell', 'swift')
    empty   = @()
    nested  = [ordered]@{ inner = 'value'; list = 1, 2 }
} | ConvertTo-Json
[pscustomobject]@{ quote = 'say "hi"'; path = 'C:\temp'; line = "a`nb" } | ConvertTo-Json -Compress
1, 2, 3 | ConvertTo-Json -Compress
'single' | ConvertTo-Json -AsArray
@{ a = @{ b = @{ c = @{ d = 1 } } } } | ConvertTo-Json -Compress 3>$null
@{ a = @{ b = @{ c = @{ d = 1 } } } } | ConvertTo-Json -Compress -Depth 5
$data = '{"id": 7, "name": "job", "tags": ["x", "y"], "owner": {"login": "ann"}, "score": 9.5, "done": false, "none": null}' | ConvertFrom-Json
$data.id
$data.name
$data.tags -join '+'
$data.owner.login
$data.score
$data.done
$null -eq $data.none
$data.GetType().Name
('[{"n":1},{"n":2}]' | ConvertFrom-Json | ForEach-Object { $_.n * 10 }) -join ','
$table = '{"k":"v"}' | ConvertFrom-Json -AsHashtable
$table['k']
