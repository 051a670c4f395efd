# Parameter binding: types, defaults, switches, named/positional, prefixes, $PSBoundParameters.
function Show-Params {
    param(
        [string]$Name = 'default-name',
        [int]$Count = 1,
        [switch]$Loud,
        [string[]]$Tags
    )
    $tagType = if ($Tags) { $Tags.GetType().Name } else { 'none' }
    "Name=$Name Count=$Count Loud=$($Loud.IsPresent) Tags=$($Tags -join '+') TagsType=$tagType"
}
Show-Params
Show-Params -Name x -Count 3 -Loud -Tags a, b
Show-Params y '7'
Show-Params -Na prefix -Co 2
Show-Params -Loud:$false -Tags single
Show-Params -Name:colon
function Need {
    param(
        [Parameter(Mandatory, Position = 0)][string]$Name,
        [Parameter(Position = 1)][int]$Times = 1
    )
    $Name * $Times
}
Need ab 3
Need -Times 2 -Name x
Need q
function Show-Bound { param($A, $B, [switch]$C) ($PSBoundParameters.Keys | ForEach-Object { $_ }) -join ','; $PSBoundParameters.ContainsKey('B') }
Show-Bound -A 1 -C
function Ambiguous { param($Name, $Number) "$Name $Number" }
try { Ambiguous -N 1 } catch { $_.Exception.Message }
try { Show-Params -Count abc } catch { $_.Exception.Message -like "Cannot process argument transformation on parameter 'Count'.*" }
function Untyped { "x=$args" }
Untyped -NotAParameter 1
