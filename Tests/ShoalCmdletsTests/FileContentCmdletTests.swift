// Tests of the content cmdlets: Get-Content, Set-Content, Add-Content and
// Out-File, including PowerShell's error for a missing file.

import Testing
import ShoalTestSupport

@Suite struct FileContentCmdletTests {
    @Test func getContentReadCountAndPwshErrors() {
        let dir = FileTestDirectory()
        dir.write("c.txt", "AA\nBB\nCC\nDD\n")
        let result = dir.run("""
            $chunks = Get-Content c.txt -ReadCount 2 -Tail 3; $chunks.Count; $chunks[0] -join '+'; $chunks[1] -join '+'
            (Get-Content c.txt -ReadCount 2 -TotalCount 3).Count
            (Get-Content c.txt -ReadCount 0).Count
            try { Get-Content c.txt -TotalCount -2 } catch { $_.FullyQualifiedErrorId }
            try { Get-Content c.txt -Tail 1 -Raw } catch { $_.Exception.Message }
            try { Get-Content ./nothing*.txt -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
            try { Get-Content . -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
            """)
        #expect(result.lines == ["2", "BB+CC", "DD", "2", "4",
                                 "ParameterArgumentValidationError,Microsoft.PowerShell.Commands.GetContentCommand",
                                 "The 'Raw' and 'Tail' parameters cannot be specified in the same command.",
                                 "ItemNotFound,Microsoft.PowerShell.Commands.GetContentCommand",
                                 "GetContainerContentException,Microsoft.PowerShell.Commands.GetContentCommand"], "\(result.errors)")
    }

    @Test func setAndAddContentTakeLiteralPathAlone() {
        let dir = FileTestDirectory()
        let result = dir.run("""
            Set-Content -LiteralPath '[a].txt' -Value 'set'; Add-Content -LiteralPath '[a].txt' -Value 'added'
            Get-Content -LiteralPath '[a].txt'
            Set-Content -Value x
            """)
        #expect(result.lines == ["set", "added"], "\(result.errors)")
        #expect(result.errors.contains("Cannot process command because of one or more missing mandatory parameters: Path."))
    }

    @Test func getContentWaitFollowsTheFileLikeTailF() {
        let dir = FileTestDirectory()
        dir.write("log.txt", "one\ntwo\n")
        let result = dir.run("""
            $file = (Resolve-Path log.txt).Path
            $writer = Start-ThreadJob {
                foreach ($line in 'three', 'four', 'five') { Start-Sleep -Milliseconds 300; Add-Content -LiteralPath $using:file -Value $line }
            }
            # If following fails, these lines end the wait and the test fails instead of hanging.
            $watchdog = Start-ThreadJob { Start-Sleep 20; Add-Content -LiteralPath $using:file -Value 'late', 'late', 'late' }
            Get-Content log.txt -Wait -Tail 1 | Select-Object -First 4
            'stopped following'
            $null = Wait-Job $writer
            """)
        #expect(result.lines == ["two", "three", "four", "five", "stopped following"], "\(result.errors)")
    }

    @Test func getContentValidatesTailAndRefusesItWithTotalCount() {
        let dir = FileTestDirectory()
        dir.write("lines.txt", "1\n2\n3\n")
        #expect(dir.run("Get-Content lines.txt -Tail 2").lines == ["2", "3"])
        #expect(dir.run("Get-Content lines.txt -Tail 0").lines == [])
        let negative = dir.run("Get-Content lines.txt -Tail -2")
        #expect(negative.lines == [])
        #expect(negative.errors.contains("Cannot validate argument on parameter 'Tail'. The -2 argument is less than the minimum allowed range of 0."))
        #expect(dir.run("Get-Content lines.txt -Tail 1 -TotalCount 1").errors
                    .contains("The parameters TotalCount and Tail cannot be used together. Please specify only one parameter."))
    }

    @Test func getFileHashAgreesWithCoreutilsAtEveryPaddingBoundary() {
        let dir = FileTestDirectory()
        // Lengths around the 64- and 128-byte blocks and their 8/16-byte length fields.
        let sizes = [0, 1, 3, 55, 56, 57, 63, 64, 65, 111, 112, 113, 127, 128, 129, 1000, 70_000]
        for size in sizes { dir.write("f\(size)", String(repeating: "a", count: size)) }
        let result = dir.run("""
            $bad = @(foreach ($size in \(sizes.map(String.init).joined(separator: ","))) {
                foreach ($pair in @('SHA1','sha1sum'), @('SHA256','sha256sum'), @('SHA384','sha384sum'), @('SHA512','sha512sum'), @('MD5','md5sum')) {
                    $mine = (Get-FileHash "f$size" -Algorithm $pair[0]).Hash
                    $theirs = ((& $pair[1] "f$size") -split ' ')[0].ToUpper()
                    if ($mine -cne $theirs) { "$($pair[0]) $size $mine $theirs" }
                }
            })
            "mismatches: $($bad.Count)"; $bad
            """)
        #expect(result.lines == ["mismatches: 0"], "\(result.errors)")
    }

    @Test func getFileHashReportsLikePwsh() {
        let dir = FileTestDirectory()
        dir.write("abc.txt", "abc")
        dir.makeDirectory("sub")
        let result = dir.run("""
            $h = Get-FileHash abc.txt; $h.Algorithm; $h.Hash; $h.Path -like '*/abc.txt'; $h.pstypenames[0]
            (Get-FileHash abc.txt -Algorithm md5).Hash
            @(Get-FileHash *.nothing).Count
            Get-FileHash nope.txt
            Get-FileHash sub
            Get-FileHash abc.txt -Algorithm CRC32
            """)
        #expect(result.lines == ["SHA256", "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD", "True",
                                 "Microsoft.PowerShell.Commands.FileHashInfo", "900150983CD24FB0D6963F7D28E17F72", "0"], "\(result.errors)")
        #expect(result.errors.contains("Cannot find path '\(dir.path)/nope.txt' because it does not exist."))
        #expect(result.errors.contains("Access to the path '\(dir.path)/sub' is denied."))
        #expect(result.errors.contains("Cannot validate argument on parameter 'Algorithm'"))
    }

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
