// Tests of the session cmdlets: Get-Command, Get-Help, the *-Variable
// cmdlets, the alias cmdlets, Invoke-Expression and Clear-Host.

import Testing
import ShoalTestSupport

@Suite struct SystemSessionCmdletTests {
    @Test func getCommandFindsCmdletsFunctionsAliasesAndPrograms() {
        let script = "function Get-Thing {}; (Get-Command Get-Date).CommandType; (Get-Command gci).Definition; (Get-Command Get-Thing).CommandType; (Get-Command sh).CommandType; (Get-Command -Verb Get -Noun Thi*).Name"
        #expect(runScript(script).lines == ["Cmdlet", "Get-ChildItem", "Function", "Application", "Get-Thing"])
        #expect(runScript("(Get-Command Get-Dat* -CommandType Cmdlet).Name").lines == ["Get-Date"])
    }

    @Test func getCommandMissingNameIsNonTerminatingAndSilenceable() {
        let missing = runScript("Get-Command nosuchcommand; 'after'")
        #expect(missing.errors.contains("The term 'nosuchcommand' is not recognized as a name of a cmdlet"))
        #expect(missing.lines == ["after"])
        #expect(runScript("Get-Command nosuchcommand -ErrorAction SilentlyContinue; 'x'").output == "x\n")
        #expect(runScript("Get-Command nosuch* ").output == "")
    }

    @Test func getHelpShowsTheLanguageTopics() {
        let list = runScript("(Get-Help about_*).Name")
        #expect(list.lines.contains("about_Trap") && list.lines.contains("about_Classes"), "\(list.errors)")
        let page = runScript("Get-Help about_trap").output
        #expect(page.hasPrefix("TOPIC\n    about_Trap\n"))
        #expect(page.contains("trap [TypeName] { statements }"))
        #expect(runScript("Get-Help about_NoSuchTopic").errors.contains("Get-Help could not find about_NoSuchTopic"))
    }

    @Test func getHelpShowsSyntaxGeneratedFromDeclarations() {
        #expect(runScript("Get-Command Start-Sleep -Syntax").lines.first == "Start-Sleep [-Seconds] <double> [<CommonParameters>]")
        #expect(runScript("(Get-Help Get-Random).Synopsis").lines == ["Gets a random number, or selects objects randomly from a collection."])
        let page = runScript("Get-Help Start-Sleep").output
        #expect(page.contains("SYNTAX\n    Start-Sleep [-Seconds] <double> [<CommonParameters>]\n\n    Start-Sleep -Milliseconds <int> [<CommonParameters>]"))
        #expect(runScript("function f([int]$a, [switch]$b, $c) {}; (Get-Help f).Syntax").lines == ["f [[-a] <int>] [[-c] <Object>] [-b]"])
        #expect(runScript("Get-Help Start-Sleep -Parameter Seconds").output.contains("Position?                    0"))
        #expect(runScript("Get-Help nosuchtopic").errors.contains("Get-Help could not find nosuchtopic in a help file in this session."))
    }

    @Test func variablesAreSetReadAndScoped() {
        let script = "Set-Variable a 1; Get-Variable a -ValueOnly; (Get-Variable a).Name; function f { Set-Variable b 2 -Scope Global; Set-Variable c 3 }; f; $b; $null -eq $c; 4,5 | Set-Variable d; $d.Count"
        #expect(runScript(script).lines == ["1", "a", "2", "True", "2"])
        #expect(runScript("$xa = 1; $xb = 2; (Get-Variable x? | ForEach-Object Name) -join ','").lines == ["xa,xb"])
        // Names come back as the script spelled them, whatever case they are asked for in.
        #expect(runScript("$onlyThere = 1; (Get-Variable onlythere).Name; (Get-Variable ONLY*).Name").lines == ["onlyThere", "onlyThere"])
    }

    @Test func variableErrorsMatchPowerShell() {
        #expect(runScript("Get-Variable nosuchvar").errors.contains("Cannot find a variable with the name 'nosuchvar'."))
        #expect(runScript("$v = 1; New-Variable v 2").errors.contains("A variable with name 'v' already exists."))
        let readOnly = runScript("Set-Variable r 1 -Option ReadOnly; Set-Variable r 2; Clear-Variable r; Remove-Variable r; $r; Remove-Variable r -Force; $null -eq $r")
        #expect(readOnly.errors.contains("Cannot overwrite variable r because it is read-only or constant."))
        #expect(readOnly.errors.contains("Cannot remove variable r because it is constant or read-only."))
        #expect(readOnly.lines == ["1", "True"])
        #expect(runScript("Remove-Variable nosuchvar").errors.contains("Cannot find a variable with the name 'nosuchvar'."))
    }

    @Test func newRemoveAndClearVariable() {
        #expect(runScript("New-Variable n 5 -PassThru | ForEach-Object Value; Clear-Variable n; $null -eq $n; Remove-Variable n; (Get-Variable n -ErrorAction SilentlyContinue) -eq $null").lines == ["5", "True", "True"])
    }

    @Test func aliasCmdlets() {
        let script = "Set-Alias gd Get-Date; (Get-Alias gd).Definition; New-Alias gd2 Get-Date -PassThru | ForEach-Object Name; (Get-Alias -Definition Get-ChildItem | ForEach-Object Name) -join ','"
        #expect(runScript(script).lines == ["Get-Date", "gd2", "dir,gci"])
        #expect(runScript("New-Alias gci Get-Item").errors.contains("The alias is not allowed, because an alias with the name 'gci' already exists."))
        #expect(runScript("Get-Alias nosuchalias").errors.contains("an alias with the name 'nosuchalias' does not exist."))
        #expect(runScript("@(Get-Alias gc? -Exclude gci | Where-Object Name -eq gci).Count").lines == ["0"])
    }

    @Test func invokeExpressionRunsInCallerScope() {
        #expect(runScript("Invoke-Expression '$y = 3; $y * 2'; $y").lines == ["6", "3"])
        #expect(runScript("function f { iex '$local = 9'; $local }; f").lines == ["9"])
        let bad = runScript("try { Invoke-Expression 'if (' } catch { $_.Exception.GetType().Name; $_.CategoryInfo.Category }")
        #expect(bad.lines == ["ParseException", "ParserError"])
    }

    @Test func clearHostPrintsNothingWhenNotATerminal() {
        #expect(runScript("Clear-Host; 'x'").output == "x\n")
    }

    @Test func getVerbListsPwshsApprovedVerbsByGroupAndWildcard() {
        let result = runScript("""
            (Get-Verb).Count
            $v = Get-Verb Get; $v.Verb, $v.AliasPrefix, $v.Group, $v.Description -join '|'
            (Get-Verb -Group Security).Verb -join ','
            (Get-Verb Re* -Group Lifecycle, Data).Verb -join ','
            try { Get-Verb -Group Nope } catch { $_.FullyQualifiedErrorId }
            """)
        #expect(result.lines == [
            "100",
            "Get|g|Common|Specifies an action that retrieves a resource",
            "Block,Grant,Protect,Revoke,Unblock,Unprotect",
            "Restore,Register,Request,Restart,Resume",
            "ParameterArgumentValidationError,Microsoft.PowerShell.Commands.GetVerbCommand",
        ], "\(result.errors)")
    }
}

