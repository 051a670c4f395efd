// What objects look like on the far side of each job boundary: inside the
// process (thread jobs, -Parallel, runspace pools, `$using:`) a file or
// process is the caller's object itself, as in pwsh; across a process
// (Start-Job) it is PowerShell's serialized form, a `Deserialized.` property
// bag with the original's properties and ToString().

import ShoalTestSupport
import Testing

@Suite struct JobObjectPassingTests {
    static let expected = "$f = Get-Item /etc/passwd; $d = Get-Item /etc; $want = \"$($f.Length) System.IO.FileInfo /etc\""

    @Test func parallelItemsAreLiveFiles() {
        let result = runScript("""
            \(Self.expected)
            $got = $f | ForEach-Object -Parallel { "$($_.Length) $($_.GetType().FullName) $($_.Directory.FullName)" }
            $got -eq $want
            $d | ForEach-Object -Parallel { $_.GetType().FullName }
            """)
        #expect(result.lines == ["True", "System.IO.DirectoryInfo"], "\(result.errors)")
    }

    @Test func threadJobsGetLiveFilesThroughUsingArgumentsAndInput() {
        let result = runScript("""
            \(Self.expected)
            (Start-ThreadJob { $g = $using:f; "$($g.Length) $($g.GetType().FullName) $($g.Directory.FullName)" } | Receive-Job -Wait) -eq $want
            (Start-ThreadJob { param($g) "$($g.Length) $($g.GetType().FullName) $($g.Directory.FullName)" } -ArgumentList $f | Receive-Job -Wait) -eq $want
            (Start-ThreadJob { $input | ForEach-Object { "$($_.Length) $($_.GetType().FullName) $($_.Directory.FullName)" } } -InputObject $f | Receive-Job -Wait) -eq $want
            (1 | ForEach-Object -Parallel { $g = $using:f; $g.Length }) -eq $f.Length
            """)
        #expect(result.lines == ["True", "True", "True", "True"], "\(result.errors)")
    }

    @Test func runspacePoolsGetLiveProcesses() {
        let result = runScript("""
            $p = Get-Process -Id $PID
            $ps = [powershell]::Create().AddScript({ param($q) "$($q.GetType().FullName) $($q.Id)" }).AddArgument($p)
            $ps.Invoke()[0] -eq "System.Diagnostics.Process $PID"
            """)
        #expect(result.lines == ["True"], "\(result.errors)")
    }

    @Test func startJobReturnsDeserializedFilesDirectoriesProcessesAndPaths() {
        let result = runShoal("""
            Set-Location /tmp
            $r = Start-Job { Get-Item /etc/passwd; Get-Item /etc; Get-Process -Id $PID; $PWD; Get-Date -Year 2020 -Month 1 -Day 2 } | Receive-Job -Wait -AutoRemoveJob
            $f = $r[0]
            $f.pstypenames -join ','
            $f.Length -eq (Get-Item /etc/passwd).Length; $f.Length -is [int] -or $f.Length -is [long]
            "$f"; $f.Directory.GetType().Name; $f.LastWriteTime.GetType().Name; $f.PSComputerName
            $r[1].pstypenames[0]; $r[1].Name
            $r[2].pstypenames[0]; "$($r[2])" -like 'System.Diagnostics.Process (*)'; $r[2].Name; $r[2].StartTime.GetType().Name
            $r[3].pstypenames[0]; "$($r[3])"; $r[3].Path
            $r[4].GetType().Name; $r[4].Year
            """)
        #expect(result.lines == [
            "Deserialized.System.IO.FileInfo,Deserialized.System.IO.FileSystemInfo,Deserialized.System.MarshalByRefObject,Deserialized.System.Object",
            "True", "True",
            "/etc/passwd", "String", "DateTime", "localhost",
            "Deserialized.System.IO.DirectoryInfo", "etc",
            "Deserialized.System.Diagnostics.Process", "True", "shoal", "DateTime",
            "Deserialized.System.Management.Automation.PathInfo", "/tmp", "/tmp",
            "DateTime", "2020",
        ], "\(result.errors)")
    }

    @Test func startJobKeepsNestedCustomObjectsAndSendsArgumentsSerialized() {
        let result = runShoal("""
            $o = Start-Job { [pscustomobject]@{ a = 1; b = [pscustomobject]@{ c = @{ d = 2 } } } } | Receive-Job -Wait -AutoRemoveJob
            $o.pstypenames[0]; $o.b.c.d
            Start-Job { param($f, $sb) $f.pstypenames[0]; $f.Length -gt 0; "$f"; $sb.GetType().Name } -ArgumentList (Get-Item /etc/passwd), { 'code' } |
                Receive-Job -Wait -AutoRemoveJob
            """)
        #expect(result.lines == ["Deserialized.System.Management.Automation.PSCustomObject", "2",
                                 "Deserialized.System.IO.FileInfo", "True", "/etc/passwd", "String"], "\(result.errors)")
    }

    @Test func startJobStringsAndNumbersCarryTheRemotingNotesAndStayThemselves() {
        let result = runShoal("""
            $out = Start-Job { 'text'; 42; [datetime]'2020-01-02' } | Receive-Job -Wait -AutoRemoveJob
            $out | ForEach-Object { "$($_.GetType().Name) $($_.PSComputerName) $($_.PSShowComputerName)" }
            $out[0].ToUpper(); $out[1] + 1; $out[1] -eq 42; $out[2].Year
            $out[0]
            $out | Select-Object -First 1 PSComputerName, Length | ForEach-Object { "$($_.PSComputerName) $($_.Length)" }
            """)
        #expect(result.lines == ["String localhost False", "Int32 localhost False", "DateTime localhost False",
                                 "TEXT", "43", "True", "2020", "text", "localhost 4"], "\(result.errors)")
    }
}
