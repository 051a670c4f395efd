// Tests of the item cmdlets: Test-Path, Get-ChildItem, Get-Item,
// New-Item, Remove-Item, Copy-Item, Move-Item and Rename-Item.

import Testing
import ShoalTestSupport

@Suite struct FileItemCmdletTests {
    @Test func itemsAreTheirDotNetTypesAndOnlyCommandsMakeThem() {
        let result = runScript("""
            (Get-Item /tmp) -is [System.IO.DirectoryInfo]
            (Get-Item /etc/passwd) -is [System.IO.FileSystemInfo]
            (Get-Item /etc/passwd) -is [System.IO.DirectoryInfo]
            (Get-Process -Id $PID) -is [System.Diagnostics.Process]
            ([System.IO.FileInfo](Get-Item /etc/passwd)).Name
            try { [System.IO.FileInfo]'/etc/passwd' } catch { $_.FullyQualifiedErrorId }
            """)
        #expect(result.lines == ["True", "True", "False", "True", "passwd", "InvalidCastFromStringToInteger"], "\(result.errors)")
    }

    @Test func testPathDistinguishesLeafAndContainer() {
        let dir = FileTestDirectory()
        dir.write("f.txt", "x")
        dir.makeDirectory("sub")
        let script = "Test-Path f.txt; Test-Path nope; Test-Path sub -PathType Container; Test-Path sub -PathType Leaf; Test-Path f.txt -PathType Leaf; Test-Path *.txt; Test-Path ''"
        #expect(dir.run(script).lines == ["True", "False", "True", "False", "True", "True", "False"])
        #expect(dir.run("Test-Path f.txt -PathType Bogus").errors.contains("does not belong to the set \"Any,Container,Leaf\""))
    }

    @Test func testPathOfNullIsAnErrorAndIsValidKnowsDrives() {
        let result = runScript("""
            Test-Path -Path $null -ErrorAction SilentlyContinue
            try { Test-Path -Path $null -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
            Test-Path ' :;!@#$%^&*(){}?+|_-' -IsValid
            Test-Path '/totally a valid/path' -IsValid
            Test-Path env:HOME -IsValid
            Test-Path /tmp/a:b -IsValid
            """)
        #expect(result.lines == ["NullPathNotPermitted,Microsoft.PowerShell.Commands.TestPathCommand", "False", "True", "True", "True"],
                "\(result.errors)")
    }

    @Test func getChildItemListsDirectoriesFirstAndHidesDotFiles() {
        let dir = FileTestDirectory()
        dir.write("b.txt", "bb")
        dir.write("a.log", "a")
        dir.write(".hidden", "")
        dir.makeDirectory("zdir")
        #expect(dir.run("Get-ChildItem -Name").lines == ["zdir", "a.log", "b.txt"])
        #expect(dir.run("(Get-ChildItem -Force).Name").lines == ["zdir", ".hidden", "a.log", "b.txt"])
        #expect(dir.run("(Get-ChildItem -File).Name; (Get-ChildItem -Directory).Name").lines == ["a.log", "b.txt", "zdir"])
        #expect(dir.run("(Get-ChildItem -Filter *.txt).Name").lines == ["b.txt"])
        #expect(dir.run("(Get-ChildItem -Exclude *.txt).Name").lines == ["zdir", "a.log"])
        #expect(dir.run("(Get-ChildItem -Include *.log).Name").lines == ["a.log"])
    }

    @Test func filterEndingInDotStarAlsoFindsNamesWithoutExtension() {
        let dir = FileTestDirectory()
        dir.write("noextension", "")
        dir.write("notes.txt", "")
        dir.write("archive.tar.gz", "")
        #expect(dir.run("(Get-ChildItem -Filter no*.*).Name").lines == ["noextension", "notes.txt"])
        #expect(dir.run("(Get-ChildItem -Filter *.).Name").lines == ["noextension"])
        #expect(dir.run("(Get-ChildItem -Filter *.*).Count").lines == ["3"])
        #expect(dir.run("(Get-ChildItem -Filter *.gz).Name").lines == ["archive.tar.gz"])
    }

    @Test func wildcardPathsGiveTheItemsAndRecursionSearchesForTheLastPart() {
        let dir = FileTestDirectory()
        dir.makeDirectory("sr/D1")
        dir.makeDirectory("sr/foo/foo")
        dir.write("sr/D1/File1.txt", "")
        dir.write("sr/top.txt", "")
        dir.write("sr/foo/bar", "")
        dir.write("sr/foo/foo/bar", "")
        // Without -Recurse a wildcard's matches are the items, directories too.
        #expect(dir.run("(Get-ChildItem sr/*).Name -join ','").lines == ["D1,foo,top.txt"])
        // With it, the last part is searched for from its parent, at every depth.
        #expect(dir.run("(Get-ChildItem sr/F*.txt -Recurse -File).Name").lines == ["File1.txt"])
        #expect(dir.run("(Get-ChildItem sr/* -Recurse -Directory).Count").lines == ["3"])
        #expect(dir.run("(Get-ChildItem sr/foo/bar -Recurse).Count").lines == ["2"])
        #expect(dir.run("Set-Location sr; (Get-ChildItem *.txt -Recurse).Name -join ','").lines == ["top.txt,File1.txt"])
        // A trailing slash names a directory: a file there is not found.
        let notFound = dir.run("try { Get-ChildItem sr/foo/bar/ -Recurse -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }")
        #expect(notFound.lines == ["ItemNotFound,Microsoft.PowerShell.Commands.GetChildItemCommand"])
    }

    @Test func getChildItemRecursesWithRelativeNames() {
        let dir = FileTestDirectory()
        dir.makeDirectory("d")
        dir.makeDirectory("d/e")
        dir.write("d/e/deep.txt", "")
        dir.write("top.txt", "")
        #expect(dir.run("Get-ChildItem -Recurse -Name").lines == ["d", "top.txt", "d/e", "d/e/deep.txt"])
        #expect(dir.run("(Get-ChildItem -Recurse -File -Filter *.txt).Name").lines == ["top.txt", "deep.txt"])
        #expect(dir.run("Get-ChildItem -Depth 0 -Name").lines == ["d", "top.txt"])
    }

    @Test func fileItemsCarryPowerShellProperties() {
        let dir = FileTestDirectory()
        dir.write("report.final.csv", "12345")
        dir.makeDirectory("sub")
        let script = "$f = Get-Item report.final.csv; $f.Name; $f.Length; $f.Extension; $f.BaseName; $f.Mode; $f.PSIsContainer; $f.DirectoryName -eq $PWD.Path; $f.LastWriteTime.GetType().Name; $f.FullName -eq (Join-Path $PWD report.final.csv)"
        #expect(dir.run(script).lines == ["report.final.csv", "5", ".csv", "report.final", "-----", "False", "True", "DateTime", "True"])
        #expect(dir.run("$d = Get-Item sub; $d.Mode; $d.PSIsContainer; $null -eq $d.Length").lines == ["d----", "True", "True"])
    }

    @Test func getItemAndGetChildItemReportMissingPaths() {
        let dir = FileTestDirectory()
        let result = dir.run("Get-Item missing; Get-ChildItem missing2; $Error[1].FullyQualifiedErrorId; $Error[0].FullyQualifiedErrorId")
        #expect(result.errors.contains("Cannot find path '\(dir.path)/missing' because it does not exist."))
        #expect(result.lines == ["PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand",
                                 "PathNotFound,Microsoft.PowerShell.Commands.GetChildItemCommand"])
    }

    @Test func newItemCreatesFilesAndDirectories() {
        let dir = FileTestDirectory()
        #expect(dir.run("(New-Item -ItemType Directory -Path x/y/z).Name").lines == ["z"])
        #expect(dir.exists("x/y/z"))
        #expect(dir.run("(New-Item n.txt -Value 'hello').Length").lines == ["5"])
        #expect(dir.read("n.txt") == "hello")
        let again = dir.run("New-Item n.txt; $Error[0].FullyQualifiedErrorId")
        #expect(again.errors.contains("The file '\(dir.path)/n.txt' already exists."))
        #expect(again.lines == ["NewItemIOError,Microsoft.PowerShell.Commands.NewItemCommand"])
        _ = dir.run("New-Item n.txt -Force -Value 'new'")
        #expect(dir.read("n.txt") == "new")
        #expect(dir.run("New-Item -ItemType Directory x").errors.contains("already exists"))
        #expect(dir.run("New-Item -Path x -Name f.txt -ItemType File | Out-Null; Test-Path x/f.txt").lines == ["True"])
    }

    @Test func removeItemNeedsRecurseForFullDirectories() {
        let dir = FileTestDirectory()
        dir.makeDirectory("full")
        dir.write("full/a", "")
        dir.write("gone.txt", "")
        _ = dir.run("Remove-Item gone.txt")
        #expect(!dir.exists("gone.txt"))
        let refused = dir.run("Remove-Item full")
        #expect(refused.errors.contains("has children and the Recurse parameter was not specified"))
        #expect(dir.exists("full/a"))
        _ = dir.run("Remove-Item full -Recurse")
        #expect(!dir.exists("full"))
        #expect(dir.run("Remove-Item nothing").errors.contains("Cannot find path"))
    }

    @Test func copyMoveAndRenameItems() {
        let dir = FileTestDirectory()
        dir.write("a.txt", "A")
        dir.makeDirectory("src")
        dir.write("src/inner.txt", "I")
        dir.makeDirectory("dest")
        _ = dir.run("Copy-Item a.txt b.txt; Copy-Item a.txt dest; Copy-Item src copy -Recurse")
        #expect(dir.read("b.txt") == "A" && dir.read("dest/a.txt") == "A" && dir.read("copy/inner.txt") == "I")
        _ = dir.run("Move-Item b.txt dest/moved.txt; Rename-Item a.txt renamed.txt")
        #expect(!dir.exists("b.txt") && dir.read("dest/moved.txt") == "A")
        #expect(!dir.exists("a.txt") && dir.read("renamed.txt") == "A")
        #expect(dir.run("Rename-Item renamed.txt dest").errors.contains("already exists"))
        #expect(dir.run("Copy-Item missing.txt x").errors.contains("Cannot find path"))
    }

    // pwsh 7.4's Unix view: one table per directory, folders and files together.
    @Test func listingsShowUnixModeOwnerSizeAndLinkTargetsPerDirectory() {
        let dir = FileTestDirectory()
        dir.write("a.txt", "hi\n")
        dir.write("sub/b.zip", "zip")
        let setup = "touch -d '2020-01-02 03:04' a.txt sub sub/b.zip; ln -s a.txt link; chmod 640 a.txt; $me = (id -un); $grp = (id -gn)"
        let listing = dir.run(setup + "; Get-ChildItem | Out-String -Stream")
        let lines = listing.lines
        #expect(lines.count >= 7, "\(listing.lines) \(listing.errors)")
        guard lines.count >= 7 else { return }
        #expect(lines[1] == "    Directory: \(dir.path)")
        #expect(lines[3] == "UnixMode         User Group         LastWriteTime         Size Name")
        #expect(lines[4] == "--------         ---- -----         -------------         ---- ----")
        #expect(lines[5].hasPrefix("drwx") && lines[5].hasSuffix(" sub"), "\(lines[5])")
        #expect(lines[6].hasPrefix("-rw-r-----") && lines[6].contains("01/02/2020 03:04") && lines[6].hasSuffix("   3 a.txt"), "\(lines[6])")
        #expect(lines[7].hasPrefix("lrwxrwxrwx") && lines[7].hasSuffix(" link -> a.txt"), "\(lines[7])")
        let owner = dir.run(setup + "; (Get-Item a.txt).User -eq $me; (Get-Item a.txt).Group -eq $grp; (Get-Item link).LinkTarget; (Get-Item a.txt).Size")
        #expect(owner.lines == ["True", "True", "a.txt", "3"], "\(owner.errors)")
        // -Recurse: a Directory line for each directory.
        let recursive = dir.run(setup + "; Get-ChildItem -Recurse -File | Out-String -Stream | Where-Object { $_ -like '*Directory:*' }")
        #expect(recursive.lines == ["    Directory: \(dir.path)", "    Directory: \(dir.path)/sub"], "\(recursive.errors)")
    }

    @Test func namesAreDecoratedByPSStyleFileInfoWhenOutputIsAnsi() {
        let dir = FileTestDirectory()
        dir.write("sub/b.zip", "zip")
        dir.write("run.sh", "#!/bin/sh\n")
        let result = dir.run("chmod +x run.sh; $PSStyle.OutputRendering = 'Ansi'; Get-ChildItem -Recurse -File sub, run.sh | Out-String -Stream | Where-Object { $_ -match 'zip|run' } | ForEach-Object { $_ -replace '.* ', '' -replace \"`e\", '<E>' }")
        #expect(result.lines == ["<E>[31;1mb.zip<E>[0m", "<E>[32;1mrun.sh<E>[0m"], "\(result.errors)")
        let plain = dir.run("chmod +x run.sh; Get-ChildItem run.sh | Out-String")
        #expect(!plain.output.contains("\u{1B}"))
    }

    @Test func setItemPropertyChangesTimesAndReadOnlyAndRefusesTheRest() {
        let dir = FileTestDirectory()
        dir.write("a.txt", "abc")
        let result = dir.run("""
            Set-ItemProperty a.txt -Name LastWriteTime -Value ([datetime]'2021-05-06 07:08:09')
            (Get-Item a.txt).LastWriteTime.ToString('yyyy-MM-dd HH:mm:ss')
            sp a.txt LastAccessTime '2020-01-01'
            (Get-Item a.txt).LastAccessTime.ToString('yyyy-MM-dd'); (Get-Item a.txt).LastWriteTime.Year
            Set-ItemProperty a.txt IsReadOnly $true; (Get-Item a.txt).UnixMode
            Set-ItemProperty a.txt -Name Attributes -Value 'Normal'; (Get-Item a.txt).UnixMode.Substring(0, 3)
            (Set-ItemProperty a.txt LastWriteTime '2019-09-09' -PassThru).LastWriteTime.Year
            Set-ItemProperty a.txt -Name Nope -Value 1 -ErrorVariable e -ErrorAction SilentlyContinue; $e[0].Exception.Message
            Set-ItemProperty a.txt -Name CreationTime -Value (Get-Date) -ErrorAction SilentlyContinue; $?
            """)
        #expect(result.lines == ["2021-05-06 07:08:09", "2020-01-01", "2021", "-r--r--r--", "-rw", "2019",
                                 "The property Nope does not exist or was not found.", "False"], "\(result.errors)")
    }

    @Test func getItemPropertyGivesTheItemOrTheNamedProperties() {
        let dir = FileTestDirectory()
        dir.write("a.txt", "abc")
        let result = dir.run("""
            (Get-ItemProperty a.txt).GetType().FullName
            $p = gp a.txt -Name Length, Name; $p.Length; $p.Name; $p.PSChildName; $p.PSProvider
            Get-ItemProperty a.txt -Name Nope -ErrorAction SilentlyContinue -ErrorVariable e | Out-Null; $e.Count
            """)
        #expect(result.lines == ["System.IO.FileInfo", "3", "a.txt", "a.txt", "Microsoft.PowerShell.Core\\FileSystem", "1"], "\(result.errors)")
    }
}

