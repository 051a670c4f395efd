// Tests of Select-String on files and piped text.

import Testing
import ShoalTestSupport

@Suite struct FileSelectStringTests {
    // pwsh's MatchInfo view frames a run of matches with blank lines.
    @Test func pipedTextMatchesShowTheLine() {
        #expect(runScript("'apple','Banana','cherry' | Select-String an").lines == ["", "Banana"])
        #expect(runScript("'apple','Banana' | Select-String AN -CaseSensitive | Measure-Object | ForEach-Object Count").lines == ["0"])
        #expect(runScript("'a.c','abc' | Select-String 'a.c' -SimpleMatch").lines == ["", "a.c"])
        #expect(runScript("'x1','y2','x3' | Select-String x -NotMatch").lines == ["", "y2"])
        #expect(runScript("$m = 'aXbXc' | Select-String X -AllMatches; $m.Matches.Count; $m.LineNumber; $m.Filename").lines
                == ["2", "1", "InputStream"])
    }

    @Test func parameterSetsKeepRawAndQuietApartAndRequireASource() {
        #expect(runScript("'hello','world' | Select-String l -Raw").lines == ["hello", "world"])
        let both = runScript("try { 'a' | Select-String a -Raw -Quiet } catch { $_.FullyQualifiedErrorId }")
        #expect(both.lines == ["AmbiguousParameterSet,Microsoft.PowerShell.Commands.SelectStringCommand"])
        let noSource = runScript("Select-String foo")
        #expect(noSource.errors.contains("missing mandatory parameters: Path."), "\(noSource.errors)")
    }

    /// As pwsh: True on a match; False only after searching files, nothing for piped lines.
    @Test func quietAnswersTrueOrFalse() {
        #expect(runScript("'abc' | Select-String b -Quiet; 'abc' | Select-String z -Quiet").lines == ["True"])
        let dir = FileTestDirectory()
        dir.write("q.txt", "abc\n")
        #expect(dir.run("Select-String z q.txt -Quiet; Select-String c q.txt -Quiet").lines == ["False", "True"])
    }

    @Test func fileMatchesShowPathLineAndText() {
        let dir = FileTestDirectory()
        dir.write("log.txt", "ok\nerror one\nok\nerror two\n")
        #expect(dir.run("Select-String error log.txt").lines == ["", "log.txt:2:error one", "log.txt:4:error two"])
        #expect(dir.run("Select-String error -Path log.txt -List | ForEach-Object LineNumber").lines == ["2"])
        #expect(dir.run("(Select-String two log.txt).Path -eq \"$PWD/log.txt\"").lines == ["True"])
        #expect(dir.run("Select-String 'error one' log.txt -Context 1").lines == ["", "  log.txt:1:ok", "> log.txt:2:error one", "  log.txt:3:ok"])
        #expect(dir.run("Get-ChildItem *.txt | Select-String two | ForEach-Object Line").lines == ["error two"])
    }

    @Test func invalidPatternAndMissingFileAreErrors() {
        #expect(runScript("'x' | Select-String '('").errors.contains("is not valid"))
        let dir = FileTestDirectory()
        #expect(dir.run("Select-String x nope.txt").errors.contains("Cannot find path"))
    }

    // pwsh's context tracker: a line shows once, as a match or as the context of one.
    @Test func nearbyMatchesShareTheirContextLines() {
        let dir = FileTestDirectory()
        dir.write("n.txt", (1...10).map { "line\($0)" }.joined(separator: "\n") + "\n")
        let adjacent = dir.run("Select-String 'line[45]' n.txt -Context 1 | Out-String -Stream | Where-Object { $_ }")
        #expect(adjacent.lines == ["  n.txt:3:line3", "> n.txt:4:line4", "> n.txt:5:line5", "  n.txt:6:line6"], "\(adjacent.errors)")
        let near = dir.run("Select-String 'line(2|5)' n.txt -Context 2 | Out-String -Stream | Where-Object { $_ }")
        #expect(near.lines == ["  n.txt:1:line1", "> n.txt:2:line2", "  n.txt:3:line3", "  n.txt:4:line4", "> n.txt:5:line5",
                               "  n.txt:6:line6", "  n.txt:7:line7"], "\(near.errors)")
        // The raw contexts stay whole; the displayed ones leave out what the neighbour shows.
        let contexts = dir.run("$m = Select-String 'line[45]' n.txt -Context 1; $m[0].Context.PostContext; $m[0].Context.DisplayPostContext.Count; $m[1].Context.PreContext; $m[1].Context.DisplayPreContext.Count")
        #expect(contexts.lines == ["line5", "0", "line4", "0"])
    }
}
