// Tests of the path cmdlets: Join-Path, Split-Path, Resolve-Path,
// Convert-Path, Set-Location, New-TemporaryFile and the location stack of
// Push-Location and Pop-Location.

import Testing
import ShoalTestSupport

@Suite struct FilePathCmdletTests {
    @Test func joinPathUsesSingleSeparators() {
        #expect(runScript("Join-Path a b; Join-Path a/ /b; Join-Path /x y z w; Join-Path -Path p,q -ChildPath c").lines
                == ["a/b", "a/b", "/x/y/z/w", "p/c", "q/c"])
    }

    @Test func splitPathReturnsEachPart() {
        let script = "Split-Path /a/b/c.txt; Split-Path /a/b/c.txt -Leaf; Split-Path /a/b/c.txt -LeafBase; Split-Path /a/b/c.txt -Extension; Split-Path /a; Split-Path /a/b -IsAbsolute; Split-Path a/b -IsAbsolute; Split-Path env:PATH -Qualifier; Split-Path env:PATH -NoQualifier"
        #expect(runScript(script).lines == ["/a/b", "c.txt", "c", ".txt", "/", "True", "False", "env:", "PATH"])
        #expect(runScript("Split-Path /tmp -Qualifier").errors.contains("does not have a qualifier specified"))
    }

    @Test func resolvePathExpandsWildcardsAndRelative() {
        let dir = FileTestDirectory()
        dir.write("one.txt", "")
        dir.write("two.txt", "")
        dir.makeDirectory("sub")
        #expect(dir.run("(Resolve-Path *.txt).Path").lines == ["\(dir.path)/one.txt", "\(dir.path)/two.txt"])
        #expect(dir.run("Resolve-Path one.txt -Relative; Set-Location sub; Resolve-Path ../two.txt -Relative").lines
                == ["./one.txt", "../two.txt"])
        #expect(dir.run("Resolve-Path nope").errors.contains("Cannot find path '\(dir.path)/nope' because it does not exist."))
    }

    @Test func pushAndPopLocationKeepAStack() {
        let dir = FileTestDirectory()
        dir.makeDirectory("a")
        dir.makeDirectory("a/b")
        let script = "Push-Location a; Push-Location b; (Get-Location).Path; Pop-Location; (Get-Location).Path; Pop-Location; (Get-Location).Path; Pop-Location; 'empty pop is fine'"
        #expect(dir.run(script).lines == ["\(dir.path)/a/b", "\(dir.path)/a", dir.path, "empty pop is fine"])
        #expect(dir.run("Push-Location nowhere").errors.contains("Cannot find path"))
        #expect(dir.run("Push-Location a -StackName s; Pop-Location -StackName s; (Get-Location).Path").lines == [dir.path])
    }

    @Test func setLocationTakesWildcardsWithPathAndNamesLiterallyWithLiteralPath() {
        let dir = FileTestDirectory()
        for name in ["[", "a1", "a2", "bcd"] { dir.makeDirectory(name) }
        #expect(dir.run("Set-Location b*; (Get-Location).Path").lines == ["\(dir.path)/bcd"])
        #expect(dir.run("Set-Location -LiteralPath '['; (Get-Location).Path; (1 | ForEach-Object -Parallel { $PWD }).Path").lines
                == ["\(dir.path)/[", "\(dir.path)/["])
        #expect(dir.run("Get-Item bcd | Set-Location; (Get-Location).Path").lines == ["\(dir.path)/bcd"])
        let several = dir.run("Set-Location a*; (Get-Location).Path")
        #expect(several.errors.contains("Cannot set the location because path 'a*' resolved to multiple containers."))
        #expect(several.lines == [dir.path])
        #expect(dir.run("Set-Location -LiteralPath 'b*'").errors.contains("Cannot find path '\(dir.path)/b*' because it does not exist."))
    }

    @Test func convertPathGivesFileSystemPathsAsStrings() {
        let dir = FileTestDirectory()
        dir.write("one.txt", "")
        dir.write("two.txt", "")
        let result = dir.run("""
            Convert-Path .
            Convert-Path *.txt
            (Get-Item one.txt).PSPath | Convert-Path
            (Convert-Path .).GetType().Name
            Convert-Path nope
            """)
        #expect(result.lines == [dir.path, "\(dir.path)/one.txt", "\(dir.path)/two.txt", "\(dir.path)/one.txt", "String"], "\(result.errors)")
        #expect(result.errors.contains("Cannot find path '\(dir.path)/nope' because it does not exist."))
    }

    @Test func newTemporaryFileCreatesAnEmptyPrivateFileInTheTemporaryDirectory() {
        // In the test process's own temporary directory: tests never change its environment.
        let result = runScript("""
            $expected = if ($env:TMPDIR) { $env:TMPDIR.TrimEnd('/') } else { '/tmp' }
            $a = New-TemporaryFile; $b = New-TemporaryFile
            $a.GetType().FullName; $a.DirectoryName -eq $expected; $a.Name -match '^tmp.{6}\\.tmp$'; $a.Length
            $a.FullName -ne $b.FullName
            (stat -c '%a' $a.FullName)
            Remove-Item $a, $b
            """)
        #expect(result.lines == ["System.IO.FileInfo", "True", "True", "0", "True", "600"], "\(result.errors)")
    }
}
