// .NET enumerations: members, casts from names and numbers (and PowerShell's
// error when nothing matches), comparisons with strings and numbers, typed
// parameters, [Enum]'s statics and flags.

import Testing
import ShoalTestSupport

@Suite struct EnumTests {
    @Test func membersPrintAsNamesAndConvertToTheirNumbers() {
        let result = runScript("""
            [ConsoleColor]::Red
            [System.ConsoleColor]::Red.GetType().FullName
            [int][ConsoleColor]::Red
            [ConsoleColor]'green'
            [ConsoleColor]12
            [System.Management.Automation.ActionPreference]::Stop.value__
            [ConsoleColor].IsEnum
            [Enum]::GetNames([System.Management.Automation.RunspaceMode]) -join ','
            """)
        #expect(result.lines == ["Red", "System.ConsoleColor", "12", "Green", "Red", "1", "True", "CurrentRunspace,NewRunspace"],
                "\(result.errors)")
    }

    @Test func comparisonsConvertTheOtherSideToTheEnumeration() {
        let result = runScript("""
            [ConsoleColor]::Red -eq 'red'
            'Red' -eq [ConsoleColor]::Red
            [ConsoleColor]::Red -eq 12
            [ConsoleColor]::Red -eq 'Blue'
            switch ([ConsoleColor]::Red) { 'Red' { 'switch matched' } }
            ([ConsoleColor]::Red, [ConsoleColor]::Black | Sort-Object) -join ','
            """)
        #expect(result.lines == ["True", "True", "True", "False", "switch matched", "Black,Red"], "\(result.errors)")
    }

    @Test func typedParametersAndFlags() {
        let result = runScript("""
            function Show([ConsoleColor]$Color) { "$Color $([int]$Color)" }
            Show Blue
            Show 3
            [StringSplitOptions]'RemoveEmptyEntries, TrimEntries'
            [int][StringSplitOptions]'RemoveEmptyEntries, TrimEntries'
            Write-Error 'hidden' -ErrorAction ([System.Management.Automation.ActionPreference]::SilentlyContinue); 'after'
            """)
        #expect(result.lines == ["Blue 9", "DarkCyan 3", "RemoveEmptyEntries, TrimEntries", "3", "after"], "\(result.errors)")
    }

    @Test func aValueNoMemberMatchesIsAnErrorNamingTheMembers() {
        let result = runScript("""
            try { [ConsoleColor]'Purple' } catch { $_.Exception.Message }
            try { [ConsoleColor]99 } catch { 'out of range' }
            """)
        #expect(result.lines.first == "Cannot convert value \"Purple\" to type \"System.ConsoleColor\". Error: \"Unable to match the identifier name Purple to a valid enumerator name. Specify one of the following enumerator names and try again:")
        #expect(result.lines.dropFirst().first?.hasPrefix("Black, DarkBlue, DarkGreen") == true)
        #expect(result.lines.last == "out of range")
    }
}
