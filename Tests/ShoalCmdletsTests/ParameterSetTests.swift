// Parameter sets declared in cmdlet descriptors and resolved by the
// binder: parameters of two sets together are PowerShell's
// AmbiguousParameterSet error, the chosen set's required parameters are
// checked, pipeline input binds only to parameters of a set the call may
// still mean, and an object that binds to nothing is a non-terminating
// error about that object (pwsh writes it and goes on with the next).

import Testing
import ShoalTestSupport

@Suite struct ParameterSetTests {
    @Test func parametersOfTwoSetsTogetherAreAmbiguous() {
        let result = runScript("""
            foreach ($call in { Get-Process -Name x -Id 1 }, { Get-Date -Format yyyy -UFormat %Y },
                              { Start-Sleep -Seconds 1 -Milliseconds 3 }, { New-TimeSpan -Start (Get-Date) -Hours 1 },
                              { Get-Random -Shuffle -Maximum 4 }, { Get-Help Get-Date -Full -Examples }) {
                try { & $call; 'no error' } catch { $_.FullyQualifiedErrorId }
            }
            """)
        #expect(result.lines == [
            "AmbiguousParameterSet,Microsoft.PowerShell.Commands.GetProcessCommand",
            "AmbiguousParameterSet,Microsoft.PowerShell.Commands.GetDateCommand",
            "AmbiguousParameterSet,Microsoft.PowerShell.Commands.StartSleepCommand",
            "AmbiguousParameterSet,Microsoft.PowerShell.Commands.NewTimeSpanCommand",
            "AmbiguousParameterSet,Microsoft.PowerShell.Commands.GetRandomCommand",
            "AmbiguousParameterSet,Microsoft.PowerShell.Commands.GetHelpCommand",
        ], "\(result.errors)")
    }

    @Test func theChosenSetsRequiredParametersAreChecked() {
        let result = runScript("""
            try { Start-Sleep } catch { $_.Exception.Message }
            try { Stop-Process } catch { $_.Exception.Message }
            (New-TimeSpan -Hours 2).TotalMinutes
            Start-Sleep -Milliseconds 1; 'slept'
            """)
        #expect(result.lines == [
            "Cannot process command because of one or more missing mandatory parameters: Seconds.",
            "Cannot process command because of one or more missing mandatory parameters: Id.",
            "120", "slept",
        ], "\(result.errors)")
    }

    @Test func pipelineInputBindsOnlyToASetTheCallMayMean() {
        let result = runScript("""
            (1..5 | Get-Random -Count 5 | Measure-Object -Sum).Sum
            (1..5 | Get-Random -Shuffle | Measure-Object -Sum).Sum
            $r = 1..2 | Get-Random -Maximum 3 2>&1
            foreach ($item in $r) {
                if ($item -is [System.Management.Automation.ErrorRecord]) { "$($item.FullyQualifiedErrorId) $($item.TargetObject)" }
                else { "number below 3: $($item -lt 3)" }
            }
            """)
        #expect(result.lines == [
            "15", "15",
            "InputObjectNotBound,Microsoft.PowerShell.Commands.GetRandomCommand 1",
            "InputObjectNotBound,Microsoft.PowerShell.Commands.GetRandomCommand 2",
            "number below 3: True",
        ], "\(result.errors)")
    }

    @Test func aParameterTakingBothBindsByPropertyNameWhenTheObjectDoesNotConvert() {
        let result = runScript("""
            $x = New-Object System.Management.Automation.PSObject
            $x | Add-Member NoteProperty Date ([datetime]'2021-03-04')
            (@($x, $x) | Get-Date).Length
            ([pscustomobject]@{ LastWriteTime = [datetime]'2020-01-01' } | Get-Date).Year
            '2022-05-06' | Get-Date -Format yyyy
            """)
        #expect(result.lines == ["2", "2020", "2022"], "\(result.errors)")
    }

    @Test func anObjectAFunctionCannotBindIsANonTerminatingError() {
        let result = runScript("""
            function f { param([Parameter(ValueFromPipeline)][int]$n) process { "n=$n" } }
            'a', 2, 'b', 3 | f 2>$null
            $Error[0].FullyQualifiedErrorId + ' ' + $Error[0].TargetObject
            try { 'x' | f -ErrorAction Stop } catch { 'stopped' }
            """)
        #expect(result.lines == ["n=2", "n=3", "InputObjectNotBound,f b", "stopped"], "\(result.errors)")
    }

    @Test func scriptFunctionsDeclareSetsWithParameterAttributes() {
        let result = runScript("""
            function Get-Thing {
                [CmdletBinding(DefaultParameterSetName = 'ByName')]
                param(
                    [Parameter(ParameterSetName = 'ByName', Position = 0)][string]$Name,
                    [Parameter(ParameterSetName = 'ById', Mandatory)][int]$Id,
                    [Parameter(ParameterSetName = 'ByObject', Mandatory, ValueFromPipeline)]$InputObject,
                    [switch]$Detailed
                )
                process { "name=$Name id=$Id input=$InputObject detailed=$Detailed" }
            }
            Get-Thing
            Get-Thing alpha
            Get-Thing -Id 5 -Detailed
            try { Get-Thing -Name a -Id 1 } catch { $_.FullyQualifiedErrorId }
            'x', 'y' | Get-Thing
            'z' | Get-Thing -Id 3 2>$null; $Error[0].FullyQualifiedErrorId
            function Need-One {
                [CmdletBinding()]
                param([Parameter(ParameterSetName = 'A', Mandatory)]$a, [Parameter(ParameterSetName = 'B', Mandatory)]$b)
                "a=$a b=$b"
            }
            Need-One -b 2
            try { Need-One } catch { $_.FullyQualifiedErrorId }
            """)
        #expect(result.lines == [
            "name= id=0 input= detailed=False", "name=alpha id=0 input= detailed=False", "name= id=5 input= detailed=True",
            "AmbiguousParameterSet,Get-Thing", "name= id=0 input=x detailed=False", "name= id=0 input=y detailed=False",
            "InputObjectNotBound,Get-Thing", "a= b=2", "AmbiguousParameterSet,Need-One",
        ], "\(result.errors)")
    }

    @Test func helpPrintsOneSyntaxLinePerSet() {
        let result = runScript("(Get-Command Start-Sleep).Definition")
        #expect(result.lines.count == 3 && result.lines[1].contains("-Milliseconds") && !result.lines[1].contains("-Duration"),
                "\(result.output)")
    }
}
