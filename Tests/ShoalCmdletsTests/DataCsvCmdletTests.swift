// Tests of the CSV cmdlets: ConvertTo-Csv, ConvertFrom-Csv, Export-Csv and
// Import-Csv.

import Testing
import ShoalTestSupport

@Suite struct DataCsvCmdletTests {
    @Test func csvParametersThatExcludeEachOtherAreRefused() {
        #expect(runScript("ConvertTo-Csv -InputObject 1 -IncludeTypeInformation -NoTypeInformation").errors
                    .contains("You must specify either the -IncludeTypeInformation or -NoTypeInformation parameters, but not both."))
        #expect(runScript("[pscustomobject]@{a=1} | ConvertTo-Csv -QuoteFields a -UseQuotes Never").errors
                    .contains("You must specify either the -UseQuotes or -QuoteFields parameters, but not both."))
        #expect(runScript("[pscustomobject]@{a=1} | ConvertTo-Csv -IncludeTypeInformation").lines
                    == ["#TYPE System.Management.Automation.PSCustomObject", "\"a\"", "\"1\""])
    }

    @Test func convertToCsvQuotesEveryField() {
        let script = "[pscustomobject]@{Name='a'; Say='he said \"hi\"'; N=$null}, [pscustomobject]@{Name='b,c'; Say='x'; N=2} | ConvertTo-Csv"
        #expect(runScript(script).lines == [#""Name","Say","N""#, #""a","he said ""hi""","#, #""b,c","x","2""#])
    }

    @Test func convertToCsvHonoursQuotingDelimiterAndHeader() {
        let object = "[pscustomobject]@{A='1'; B='x;y'}"
        #expect(runScript("\(object) | ConvertTo-Csv -UseQuotes AsNeeded -Delimiter ';'").lines == ["A;B", "1;\"x;y\""])
        #expect(runScript("\(object) | ConvertTo-Csv -UseQuotes Never -NoHeader").lines == ["1,x;y"])
        #expect(runScript("\(object) | ConvertTo-Csv -QuoteFields B").lines == ["A,\"B\"", "1,\"x;y\""])
        #expect(runScript("@{k=1} | ConvertTo-Csv").lines == [#""k""#, #""1""#])
        #expect(runScript("\(object) | ConvertTo-Csv -IncludeTypeInformation").lines.first == "#TYPE System.Management.Automation.PSCustomObject")
    }

    @Test func convertFromCsvBuildsObjects() {
        let script = "$rows = 'Name,Age', 'ann,31', '\"bo, b\",\"4\"\"\"', 'cy' | ConvertFrom-Csv; $rows.Count; $rows[1].Name; $rows[1].Age; $null -eq $rows[2].Age"
        #expect(runScript(script).lines == ["3", "bo, b", "4\"", "True"])
        #expect(runScript("'1;2' | ConvertFrom-Csv -Delimiter ';' -Header X,Y | ForEach-Object { $_.X + $_.Y }").lines == ["12"])
        #expect(runScript("'a,a', '1,2' | ConvertFrom-Csv").errors.contains("The member \"a\" is already present."))
    }

    @Test func exportAndImportCsvRoundTrip() {
        let dir = FileTestDirectory()
        _ = dir.run("[pscustomobject]@{Id=1; Name='one'}, [pscustomobject]@{Id=2; Name='two'} | Export-Csv data.csv")
        #expect(dir.read("data.csv") == "\"Id\",\"Name\"\n\"1\",\"one\"\n\"2\",\"two\"\n")
        _ = dir.run("[pscustomobject]@{Name='three'; Id=3} | Export-Csv data.csv -Append")
        #expect(dir.read("data.csv")?.hasSuffix("\"3\",\"three\"\n") == true)
        #expect(dir.run("Import-Csv data.csv | ForEach-Object { $_.Id + ':' + $_.Name }").lines == ["1:one", "2:two", "3:three"])
        _ = dir.run("@{A=1} | Export-Csv tab.tsv -Delimiter \"`t\"")
        #expect(dir.run("(Import-Csv tab.tsv -Delimiter \"`t\").A").lines == ["1"])
    }

    @Test func importCsvOfMissingFileIsTerminating() {
        let dir = FileTestDirectory()
        let result = dir.run("try { Import-Csv none.csv } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }")
        #expect(result.lines == ["FileOpenFailure,Microsoft.PowerShell.Commands.ImportCsvCommand", "Could not find file '\(dir.path)/none.csv'."])
        let noclobber = dir.run("'x' | Out-Null; @{a=1} | Export-Csv e.csv; @{a=2} | Export-Csv e.csv -NoClobber")
        #expect(noclobber.errors.contains("already exists"))
    }

    @Test func appendingObjectsWithoutTheFilesColumnsIsAnErrorUnlessForced() {
        let dir = FileTestDirectory()
        let refused = dir.run("[pscustomobject]@{a=1; b=2} | Export-Csv x.csv; [pscustomobject]@{b=3} | Export-Csv x.csv -Append; Get-Content x.csv")
        #expect(refused.lines == ["\"a\",\"b\"", "\"1\",\"2\""])
        #expect(refused.errors.contains("CannotAppendCsv") || refused.errors.contains("does not have a property that corresponds to the following column: a."),
                "\(refused.errors)")
        let forced = dir.run("[pscustomobject]@{b=4; c=5} | Export-Csv x.csv -Append -Force; Get-Content x.csv")
        #expect(forced.lines == ["\"a\",\"b\"", "\"1\",\"2\"", ",\"4\""], "\(forced.errors)")
        // Extra properties are dropped, as pwsh does.
        let extra = dir.run("[pscustomobject]@{a=6; b=7; z=8} | Export-Csv x.csv -Append; (Get-Content x.csv)[-1]")
        #expect(extra.lines == ["\"6\",\"7\""], "\(extra.errors)")
    }
}
