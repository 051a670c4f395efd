# ConvertTo-Csv / ConvertFrom-Csv and Export-Csv / Import-Csv round trips.
$people = @(
    [pscustomobject]@{ Name = 'Ann'; Age = 31; Note = 'likes "quotes"' }
    [pscustomobject]@{ Name = 'Bob, Jr.'; Age = 4; Note = $null }
)
$people | ConvertTo-Csv
$people | ConvertTo-Csv -UseQuotes AsNeeded
$people | ConvertTo-Csv -Delimiter ';' -NoHeader -UseQuotes Never
@{ Key = 'k1' } | ConvertTo-Csv
$rows = 'Name,Age', 'Cy,7', '"Di, Dee","8"' | ConvertFrom-Csv
$rows.Count
$rows[1].Name
$rows | ForEach-Object { "$($_.Name) is $($_.Age)" }
'a;b', '1;2' | ConvertFrom-Csv -Delimiter ';' | ForEach-Object { $_.a + $_.b }
'x,y' | ConvertFrom-Csv -Header First, Second | ForEach-Object { $_.Second }
$file = "/tmp/shoal-e2e-csv-$PID.csv"
$people | Export-Csv -Path $file
[pscustomobject]@{ Name = 'Eve'; Age = 50; Note = 'new' } | Export-Csv -Path $file -Append
Get-Content $file
Import-Csv $file | ForEach-Object { "$($_.Name)|$($_.Age)|$($_.Note)" }
(Import-Csv $file)[0].GetType().Name
Remove-Item $file
