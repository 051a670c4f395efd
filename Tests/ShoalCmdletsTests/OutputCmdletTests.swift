// Tests of the output cmdlets: Write-Output, Write-Host, the informational
// streams and their redirections.

import Testing
import ShoalTestSupport

@Suite struct OutputCmdletTests {
    @Test func writeOutputEnumeratesUnlessAskedNotTo() {
        #expect(runScript("(Write-Output 1,2,3).Count; (Write-Output -NoEnumerate 1,2,3 | Measure-Object).Count 2>$null; @(Write-Output -NoEnumerate 1,2).Count").lines.first == "3")
        #expect(runScript("echo a b c").lines == ["a", "b", "c"])
    }

    @Test func writeHostJoinsWithSeparatorAndHonoursNoNewline() {
        #expect(runScript("Write-Host a b -Separator '-'; Write-Host x -NoNewline; Write-Host y").output == "a-b\nxy\n")
    }

    @Test func writeHostIsNotPipelineOutput() {
        #expect(runScript("$x = Write-Host 'shown'; $null -eq $x").output == "shown\nTrue\n")
        #expect(runScript("$x = Write-Host 'captured' 6>&1; $x.GetType().Name").lines == ["InformationRecord"])
    }

    @Test func warningVerboseDebugGoToStandardErrorByPreference() {
        let result = runScript("Write-Warning w; Write-Verbose v; Write-Debug d; $VerbosePreference = 'Continue'; Write-Verbose v2")
        #expect(result.errors == "WARNING: w\nVERBOSE: v2\n")
        #expect(runScript("Write-Warning hidden -WarningAction SilentlyContinue").errors == "")
    }

    @Test func writeInformationIsSilentUnlessRedirectedOrAsked() {
        #expect(runScript("Write-Information quiet").output == "")
        #expect(runScript("Write-Information loud -InformationAction Continue").output == "loud\n")
        #expect(runScript("$r = Write-Information kept 6>&1; \"$r\"").output == "kept\n")
    }

    @Test func writeErrorRecordsCategoryAndId() {
        let script = "Write-Error 'bad thing' -ErrorId MyId -Category InvalidData -ErrorAction SilentlyContinue; $e = $Error[0]; $e.FullyQualifiedErrorId; $e.CategoryInfo.Category"
        #expect(runScript(script).lines == ["MyId", "InvalidData"])
    }

    @Test func errorCategoriesArePowerShellsEnumeration() {
        let result = runScript("""
            Write-Error 'x' -Category 7 -TargetObject 'a' -ErrorAction SilentlyContinue -ErrorVariable e
            $c = $e[0].CategoryInfo
            "$($c.Category) $([int]$c.Category) $($c.Category.GetType().FullName) $($c.Category -eq 'invalidoperation')"
            $c.ToString()
            try { Get-Item /no/such/path -ErrorAction Stop } catch { "$($_.CategoryInfo)" }
            try { Write-Error 'y' -Category NoSuchCategory } catch { $_.FullyQualifiedErrorId }
            """)
        #expect(result.lines == [
            "InvalidOperation 7 System.Management.Automation.ErrorCategory True",
            "InvalidOperation: (a:String) [Write-Error], WriteErrorException",
            "ObjectNotFound: (/no/such/path:String) [Get-Item], ItemNotFoundException",
            "CannotConvertArgumentNoMessage,Microsoft.PowerShell.Commands.WriteErrorCommand",
        ], "\(result.errors)")
    }

    @Test func writeErrorBindingErrorNamesTheParameter() {
        let result = runScript("Write-Host -ForegroundColor Purple x")
        #expect(result.errors.contains("Cannot validate argument on parameter 'ForegroundColor'."))
        #expect(result.errors.hasPrefix("Write-Host: <test>:1:"))
    }
}
