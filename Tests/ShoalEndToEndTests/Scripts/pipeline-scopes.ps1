# A ForEach-Object/Where-Object script block runs in the scope of the pipeline's caller,
# not in the scope of the function that produces its input.
function Produce { $secret = 'producer local'; 1; 2 }
$count = 0
Produce | ForEach-Object { $count++ }
"count: $count"
Produce | ForEach-Object { "secret: [$secret]" }
Produce | Where-Object { $null -eq $secret } | ForEach-Object { "kept $_" }
