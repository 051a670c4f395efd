# $PSCmdlet in advanced functions: WriteObject, WriteError, ThrowTerminatingError,
# ShouldProcess with -WhatIf / $WhatIfPreference / -Confirm:$false.
filter Test-NonTerminatingError {
    [CmdletBinding()]
    param([Parameter(ValueFromPipeline)][object[]]$input)
    if ($input -ne 2) { return $input }
    $exception = [System.Exception]::new("NTERROR")
    $errorRecord = [System.Management.Automation.ErrorRecord]::new($exception, 'NTERROR', [System.Management.Automation.ErrorCategory]::NotSpecified, $null)
    $PSCmdlet.WriteError($errorRecord)
}
filter Test-PipelineTerminatingError {
    [CmdletBinding()]
    param([Parameter(ValueFromPipeline)][int[]]$input)
    if ($input -ne 4) { return $input }
    $errorRecord = [System.Management.Automation.ErrorRecord]::new([System.Exception]::new("PIPELINE"), "PIPELINE", 'NotSpecified', $null)
    try { $PSCmdlet.ThrowTerminatingError($errorRecord) } catch { "not caught here" } finally { "finally runs" }
}
1,2,3 | Test-NonTerminatingError
"ev: " + $Error[0].FullyQualifiedErrorId
1,3,4,5 | Test-PipelineTerminatingError || Write-Output "chain"
"fq: " + $Error[0].FullyQualifiedErrorId
function Remove-Thing {
    [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'Medium')]
    param([string]$Name)
    if ($PSCmdlet.ShouldProcess($Name, "Remove thing")) { "removed $Name" }
    if ($PSCmdlet.ShouldProcess($Name)) { "again $Name" }
    "set: $($PSCmdlet.ParameterSetName) whatif: $WhatIfPreference"
}
Remove-Thing -Name a
Remove-Thing -Name b -WhatIf
$WhatIfPreference = $true
Remove-Thing -Name c
$WhatIfPreference = $false
Remove-Thing -Name d -Confirm:$false
function W { [CmdletBinding()] param() $PSCmdlet.WriteObject((1,2), $true); $PSCmdlet.WriteObject((3,4)); $PSCmdlet.WriteVerbose("verb") }
(W).Count
W -Verbose | Out-Null
# ShouldProcess without SupportsShouldProcess answers true; -WhatIf is then no parameter.
function Plain { [CmdletBinding()] param() $PSCmdlet.ShouldProcess("x") }
Plain
try { Plain -WhatIf } catch { $_.FullyQualifiedErrorId }
# ConfirmImpact High asks by default; -Confirm:$false does not ask.
function Drop { [CmdletBinding(SupportsShouldProcess, ConfirmImpact = 'High')] param() if ($PSCmdlet.ShouldProcess("db")) { "dropped" } }
Drop -Confirm:$false
$ConfirmPreference = 'None'
Drop
