# ValueFromPipeline with begin/process/end, and $input in a plain function.
function Measure-Length {
    param([Parameter(Mandatory, ValueFromPipeline)][string]$Text)
    begin { $total = 0; 'begin' }
    process { $total += $Text.Length; "process $Text" }
    end { "end total=$total" }
}
'ab', 'cde' | Measure-Length
Measure-Length -Text 'direct'
function Sum-Input { $sum = 0; foreach ($i in $input) { $sum += $i }; $sum }
1, 2, 3 | Sum-Input
function Show-Item { process { "item: $_" } }
@(1, 2) | Show-Item
