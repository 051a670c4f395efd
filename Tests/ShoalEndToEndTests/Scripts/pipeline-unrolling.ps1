# Arrays are unrolled one level into the pipeline; hashtables and the unary comma are not.
function Emit-Array { @(1, 2, 3) }
@(Emit-Array | ForEach-Object { 'x' }).Count
@(, @(1, 2, 3) | ForEach-Object { 'x' }).Count
@(1, @(2, 3)) | ForEach-Object { "item: $_" }
Write-Output 1, 2 | ForEach-Object { $_ * 10 }
Write-Output -NoEnumerate 1, 2 | ForEach-Object { "count: $($_.Count)" }
$h = @{ a = 1; b = 2 }
@($h | ForEach-Object { 'x' }).Count
'text' | ForEach-Object { $_.Length }
$null | ForEach-Object { 'null is piped as one item' }
@() | ForEach-Object { 'never' }
