// Script-level tests of Out-Default's layout and the Format-* cmdlets, run
// through a host that is not a terminal (plain text, width 120).

import Testing
import ShoalTestSupport

@Suite struct FormatCmdletTests {
    @Test func smallObjectsFormAtableWithNumbersRightAligned() {
        let result = runScript("[pscustomobject]@{Name='alpha'; Size=5}; [pscustomobject]@{Name='b'; Size=1234}")
        #expect(result.output == "\nName  Size\n----  ----\nalpha    5\nb     1234\n\n")
    }

    @Test func fivePropertiesMakeAList() {
        let result = runScript("[pscustomobject]@{a=1;b=2;c=3;d=4;e='five'}; [pscustomobject]@{a=1;b=2;c=3;d=4;e=5}")
        #expect(result.output == "\na : 1\nb : 2\nc : 3\nd : 4\ne : five\n\na : 1\nb : 2\nc : 3\nd : 4\ne : 5\n\n")
    }

    @Test func hashtablesShowNameAndValue() {
        let result = runScript("[ordered]@{one=1; two='zwei'}")
        let expected = "\nName                           Value\n----                           -----\none                            1\ntwo                            zwei\n\n"
        #expect(result.output == expected)
    }

    @Test func scalarsPrintOnePerLine() {
        #expect(runScript("1; 'two'; 3.5; $true").output == "1\ntwo\n3.5\nTrue\n")
    }

    @Test func timeSpanShowsPowerShellsList() {
        let lines = runScript("New-TimeSpan -Seconds 90").lines
        #expect(lines.first == "")
        #expect(lines.dropFirst().first == "Days              : 0")
        #expect(lines.contains("TotalSeconds      : 90"))
    }

    @Test func formatTableAutoSizeWithCalculatedProperties() {
        let script = "[pscustomobject]@{N='x'; V=3} | Format-Table N, @{Label='Double'; Expression={$_.V * 2}; Align='Left'}, @{n='F'; e='V'; FormatString='N2'} -AutoSize"
        // F's raw value is a number, so the column is right-aligned as PowerShell does.
        #expect(runScript(script).output == "\nN Double    F\n- ------    -\nx 6      3.00\n\n")
    }

    @Test func formatTableWidthCutsWithEllipsis() {
        let script = "[pscustomobject]@{Text='abcdefghij'; N=1} | Format-Table @{n='Text'; e={$_.Text}; Width=5}, N"
        #expect(runScript(script).output == "\nText  N\n----  -\nabcd… 1\n\n")
    }

    @Test func formatTableHideHeadersAndWrap() {
        #expect(runScript("[pscustomobject]@{A='x'} | Format-Table -HideTableHeaders").output == "\nx\n\n")
        let wrapped = runScript("[pscustomobject]@{A='aaaa'; B='one two three four five'} | Format-Table -Wrap | Out-String -Width 20")
        #expect(wrapped.output.contains("aaaa one two three\n     four five\n"))
    }

    @Test func formatTableGroupByWritesGroupHeaders() {
        let script = "1,1,2 | ForEach-Object { [pscustomobject]@{K=$_; V='v'} } | Format-Table -GroupBy K"
        #expect(runScript(script).output == "\n   K: 1\n\nK V\n- -\n1 v\n1 v\n\n   K: 2\n\nK V\n- -\n2 v\n\n")
    }

    @Test func formatListStarAndWildcards() {
        let script = "[pscustomobject]@{Name='n'; Size=2; Other=3} | Format-List *"
        #expect(runScript(script).output == "\nName  : n\nSize  : 2\nOther : 3\n\n")
        #expect(runScript("[pscustomobject]@{Name='n'; Size=2; Other=3} | Format-List S*, N*").output == "\nSize : 2\nName : n\n\n")
    }

    @Test func formatWideUsesColumns() {
        let result = runScript("'a','b','c' | Format-Wide -Column 3")
        #expect(result.output == "\n" + "a" + String(repeating: " ", count: 39) + " b" + String(repeating: " ", count: 38) + " c\n\n")
    }

    @Test func formatOutputIsFormatRecordsUntilRendered() {
        #expect(runScript("([pscustomobject]@{A=1} | Format-Table | Measure-Object).Count").lines == ["5"])
        #expect(runScript("$s = [pscustomobject]@{A=1} | Format-Table | Out-String; $s.Length").lines == ["8"])
        #expect(runScript("'x','y' | Out-String -Stream | ForEach-Object { \"[$_]\" }").lines == ["[x]", "[y]"])
    }

    @Test func writeProgressDrawsNothingWithoutATerminal() {
        let result = runScript("Write-Progress -Activity a -Status b -PercentComplete 10; Write-Progress -Activity a -Completed; 'done'")
        #expect(result.output == "done\n")
        #expect(result.errors == "")
        #expect(runScript("Write-Progress -Activity a -PercentComplete 101").errors.contains("PercentComplete"))
    }

    @Test func calculatedPropertyKeysFollowTheSelectObjectRules() {
        // Keys are any unique prefix of Name, Label, Expression, FormatString,
        // Width and Alignment; others, and a missing Expression, are errors.
        let table = runScript("[pscustomobject]@{ a = 1.2345 } | Format-Table @{ n = 'A'; e = { $_.a }; f = 'N2' }")
        #expect(table.output.contains("1.23"))
        #expect(runScript("1 | Format-Table @{ zz = 1 }").errors.contains("The zz key is not valid."))
        #expect(runScript("1 | Format-List @{ n = 'x' }").errors.contains("A mandatory entry for expression is missing."))
    }
}
