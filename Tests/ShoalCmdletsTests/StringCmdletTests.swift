// Join-String, Get-Unique, ConvertFrom-StringData, New-Guid and
// Get-Uptime: each case states the output pwsh 7.4 gives.

import Testing
import ShoalTestSupport

@Suite struct StringCmdletTests {
    @Test func joinStringJoinsWithSeparatorsQuotesFormatsAndAffixes() {
        let result = runScript("""
            1..3 | Join-String
            1..3 | Join-String -Separator ', ' -OutputPrefix '[' -OutputSuffix ']'
            'a','b' | Join-String -SingleQuote -Separator ','
            'a','b' | Join-String -DoubleQuote
            Get-Item /etc/hosts, /etc/passwd | Join-String -Property Name -Separator ';'
            1..3 | Join-String { $_ * 2 } -Separator '+'
            1.5, 2 | Join-String -FormatString '{0:N2}' -Separator ' '
            Join-String -InputObject 1,2,3 -Separator '-'
            $OFS = '/'; 1..3 | Join-String; "$(1,2)"; Remove-Variable OFS; "$(1,2)"
            (1..3 | Join-String).GetType().Name
            """)
        #expect(result.lines == ["123", "[1, 2, 3]", "'a','b'", "\"a\"\"b\"", "hosts;passwd", "2+4+6", "1.50 2.00", "1-2-3",
                                 "1/2/3", "1/2", "1 2", "String"], "\(result.errors)")
        #expect(runScript("1 | Join-String -SingleQuote -DoubleQuote").errors.contains("Parameter set cannot be resolved"))
    }

    @Test func getUniqueDropsRepeatsOfThePreviousObject() {
        let result = runScript("""
            (1,1,2,2,3,1 | Get-Unique) -join ','
            ('a','A','b' | Get-Unique) -join ','
            ('a','A','b' | Get-Unique -CaseInsensitive) -join ','
            (1,'1',2 | Get-Unique -AsString) -join ','
            (1,2,'x',3 | Get-Unique -OnType) -join ','
            """)
        #expect(result.lines == ["1,2,3,1", "a,A,b", "a,b", "1,2", "1,x,3"], "\(result.errors)")
    }

    @Test func convertFromStringDataReadsNameValueLines() {
        let result = runScript("""
            $t = ConvertFrom-StringData "a = 1`n# comment`n`nb=two words\\tx`nc = \\u0041\\\\"
            $t.a; $t.b; $t.c; $t.GetType().Name; $t['A']
            (ConvertFrom-StringData 'k: v' -Delimiter ':').k
            try { ConvertFrom-StringData "novalue" } catch { $_.Exception.Message }
            try { ConvertFrom-StringData "a=1`na=2" } catch { $_.Exception.Message }
            """)
        #expect(result.lines == ["1", "two words\tx", "A\\", "Hashtable", "1", "v",
                                 "Data line 'novalue' is not in 'name=value' format. ",
                                 "Data item 'a' in line 'a=2' is already defined. "], "\(result.errors)")
    }

    @Test func newGuidMakesRandomEmptyAndParsedGuids() {
        let result = runScript("""
            $g = New-Guid; $g.GetType().FullName; $g.Guid -match '^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$'
            (New-Guid).Guid -ne (New-Guid).Guid
            (New-Guid -Empty).Guid
            ('{0F8FAD5B-D9CB-469F-A165-70867728950E}' | New-Guid).Guid
            (New-Guid 0f8fad5bd9cb469fa16570867728950e).Guid
            New-Guid -InputObject nope -ErrorVariable e -ErrorAction SilentlyContinue; $e[0].FullyQualifiedErrorId
            """)
        #expect(result.lines == ["System.Guid", "True", "True", "00000000-0000-0000-0000-000000000000",
                                 "0f8fad5b-d9cb-469f-a165-70867728950e", "0f8fad5b-d9cb-469f-a165-70867728950e",
                                 "StringNotRecognizedAsGuid,Microsoft.PowerShell.Commands.NewGuidCommand"], "\(result.errors)")
    }

    @Test func getUptimeIsTheTimeSinceBootAndSinceTheBootTime() {
        let result = runScript("""
            $u = Get-Uptime; $u.GetType().FullName; $u.TotalSeconds -gt 0
            $s = Get-Uptime -Since; $s.GetType().FullName
            [math]::Abs(((Get-Date) - $s - $u).TotalSeconds) -lt 5
            """)
        #expect(result.lines == ["System.TimeSpan", "True", "System.DateTime", "True"], "\(result.errors)")
    }
}
