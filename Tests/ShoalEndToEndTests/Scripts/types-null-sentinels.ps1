# [DBNull]::Value and [NullString]::Value are objects, so ?? and ??= keep them;
# AutomationNull's Value is $null.
$db = [System.DBNull]::Value
($db ?? 200).GetType().FullName
$db -eq [DBNull]::Value
$ns = [NullString]::Value
$ns ??= 200
$ns.GetType().Name
"[$ns]"
$auto = [System.Management.Automation.Internal.AutomationNull]::Value
$auto ?? 'was null'
@($auto).Count

# Only what commands emit is a [psobject]; literals are not.
"hello" -is [psobject]
5 -is [psobject]
[pscustomobject]@{ a = 1 } -is [psobject]
(Get-Item /) -is [psobject]
