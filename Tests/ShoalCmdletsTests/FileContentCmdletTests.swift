// Tests of the content cmdlets: Get-Content, Set-Content, Add-Content and
// Out-File, including PowerShell's error for a missing file.

import Testing
import ShoalTestSupport

@Suite struct FileContentCmdletTests {
    @Test func clearContentEmptiesFilesButNotDirectories() {
        let dir = FileTestDirectory()
        dir.write("a.txt", "abc")
        dir.write("b.log", "xyz")
        dir.write("[x].txt", "k")
        dir.makeDirectory("d")
        let result = dir.run("""
            Clear-Content *.txt; (Get-Item a.txt).Length; (Get-Item b.log).Length
            Set-Content -LiteralPath '[x].txt' k; Clear-Content -LiteralPath '[x].txt'; (Get-Item -LiteralPath '[x].txt').Length
            Clear-Content * -Include *.log; (Get-Item b.log).Length
            Clear-Content d
            Clear-Content nope.txt
            """)
        #expect(result.lines == ["0", "3", "0", "0"], "\(result.errors)")
        #expect(result.errors.contains("Unable to clear content of '\(dir.path)/d' because it is a directory."))
        #expect(result.errors.contains("Cannot find path '\(dir.path)/nope.txt' because it does not exist."))
        #expect(dir.exists("a.txt") && dir.exists("b.log"))
    }

    @Test func getContentReturnsLinesRawTextHeadAndTail() {
        let dir = FileTestDirectory()
        dir.write("a.txt", "one\ntwo\r\nthree\nfour\n")
        #expect(dir.run("Get-Content a.txt").lines == ["one", "two", "three", "four"])
        #expect(dir.run("(Get-Content a.txt).Count").lines == ["4"])
        #expect(dir.run("Get-Content a.txt -TotalCount 2").lines == ["one", "two"])
        #expect(dir.run("Get-Content a.txt -First 1; Get-Content a.txt -Head 1").lines == ["one", "one"])
        #expect(dir.run("Get-Content a.txt -Tail 2").lines == ["three", "four"])
        #expect(dir.run("(Get-Content a.txt -Raw) -ceq \"one`ntwo`r`nthree`nfour`n\"").lines == ["True"])
        #expect(dir.run("Get-Content -LiteralPath \"$PWD/a.txt\" -Encoding utf8 | Select-Object -First 1").lines == ["one"])
    }

    @Test func getContentOfMissingFileIsNonTerminatingUnlessStop() {
        let dir = FileTestDirectory()
        let result = dir.run("Get-Content nope.txt; 'after'; $Error[0].FullyQualifiedErrorId")
        #expect(result.errors.contains("Cannot find path '\(dir.path)/nope.txt' because it does not exist."))
        #expect(result.lines == ["after", "PathNotFound,Microsoft.PowerShell.Commands.GetContentCommand"])
        let stopped = dir.run("try { Get-Content nope.txt -ErrorAction Stop; 'not here' } catch { 'caught: ' + $_.CategoryInfo.Category }")
        #expect(stopped.lines == ["caught: ObjectNotFound"])
    }

    @Test func getContentExpandsWildcards() {
        let dir = FileTestDirectory()
        dir.write("a.log", "A\n")
        dir.write("b.log", "B\n")
        dir.write("c.txt", "C\n")
        #expect(dir.run("Get-Content *.log").lines == ["A", "B"])
    }

    @Test func setAndAddContentWriteLines() {
        let dir = FileTestDirectory()
        _ = dir.run("Set-Content out.txt 'a','b'; Add-Content out.txt c; 1..2 | Add-Content out.txt")
        #expect(dir.read("out.txt") == "a\nb\nc\n1\n2\n")
        _ = dir.run("'x' | Set-Content out.txt -NoNewline; Add-Content out.txt 'y' -NoNewline")
        #expect(dir.read("out.txt") == "xy")
        #expect(dir.run("Set-Content p.txt v -PassThru").lines == ["v"])
    }

    @Test func setContentIntoMissingDirectoryFails() {
        let dir = FileTestDirectory()
        let result = dir.run("Set-Content nodir/x.txt hi; $Error[0].FullyQualifiedErrorId")
        #expect(result.errors.contains("Could not find a part of the path '\(dir.path)/nodir/x.txt'."))
        #expect(result.lines == ["GetContentWriterDirectoryNotFoundError,Microsoft.PowerShell.Commands.SetContentCommand"])
    }

    @Test func outFileFormatsLikeTheTerminal() {
        let dir = FileTestDirectory()
        _ = dir.run("'a', 'b' | Out-File o.txt; 'c' | Out-File o.txt -Append")
        #expect(dir.read("o.txt") == "a\nb\nc\n")
        _ = dir.run("[pscustomobject]@{Name='x'; Size=1} | Out-File t.txt")
        // Out-String's text is the file's text; printing it adds one more line break.
        #expect(dir.read("t.txt").map { $0 + "\n" } == runScript("[pscustomobject]@{Name='x'; Size=1} | Out-String").output)
        _ = dir.run("'a','b' | Out-File n.txt -NoNewline")
        #expect(dir.read("n.txt") == "ab")
    }

    @Test func outFileNoClobberRefusesExistingFile() {
        let dir = FileTestDirectory()
        dir.write("keep.txt", "old\n")
        let result = dir.run("'new' | Out-File keep.txt -NoClobber")
        #expect(result.errors.contains("already exists"))
        #expect(dir.read("keep.txt") == "old\n")
    }
}
