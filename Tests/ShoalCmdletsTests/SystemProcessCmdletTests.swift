// Tests of Get-Process and Stop-Process against real processes.

import Foundation
import Testing
import ShoalTestSupport

@Suite struct SystemProcessCmdletTests {
    @Test func startProcessRunsAProgramWithArgumentsSplitAsDotNetDoes() {
        let dir = FileTestDirectory()
        let result = dir.run("""
            $p = Start-Process printf -ArgumentList '[%s]', '"a b"', 'c\\"d' -Wait -PassThru -RedirectStandardOutput out.txt
            Get-Content out.txt
            $p.ExitCode; $p.HasExited; $p.GetType().FullName
            (Start-Process sh -ArgumentList '-c', '"exit 3"' -Wait -PassThru).ExitCode
            Start-Process sh '-c "echo out; echo err >&2; pwd; echo $ZZ"' -Wait -WorkingDirectory / -Environment @{ ZZ = 'set' } -RSO o.txt -RSE e.txt
            Get-Content o.txt, e.txt
            $s = Start-Process sleep 30 -PassThru; $s.HasExited; $s.WaitForExit(100); $s.Kill(); $s.WaitForExit(); $s.ExitCode
            """)
        #expect(result.lines == ["[a b][c\"d]", "0", "True", "System.Diagnostics.Process", "3", "out", "/", "set", "err",
                                 "False", "False", "137"], "\(result.errors)")
    }

    @Test func startProcessReportsWhatItCannotDo() {
        let dir = FileTestDirectory()
        let missing = dir.run("Start-Process no-such-program-here")
        #expect(missing.errors.contains("An error occurred trying to start process 'no-such-program-here'"))
        #expect(dir.run("Start-Process ls -WindowStyle Hidden").errors.contains("The parameter '-WindowStyle' is not supported"))
        #expect(dir.run("Start-Process ls -WorkingDirectory /nope").errors.contains("The value of the WorkingDirectory parameter is invalid."))
        #expect(dir.run("Start-Process cat -RedirectStandardInput nope.txt").errors.contains("cannot find all the information required"))
        #expect(dir.run("Start-Process ls -RSO same.txt -RSE same.txt").errors.contains("have the same value"))
    }

    @Test func getProcessFindsThisProcessById() {
        let expected = ((try? String(contentsOfFile: "/proc/self/comm", encoding: .utf8)) ?? "")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let result = runScript("$p = Get-Process -Id $PID; $p.Id -eq $PID; $p.ProcessName; $p.CPU -ge 0; $p.WS -gt 0; $p.StartTime -le (Get-Date)")
        #expect(result.lines.count == 5)
        #expect(result.lines.first == "True")
        #expect(result.lines.dropFirst().first.map { expected.hasPrefix($0) || $0.hasPrefix(expected) } == true)
        #expect(Array(result.lines.dropFirst(2)) == ["True", "True", "True"])
    }

    @Test func getProcessByNameWithWildcards() {
        let script = "$name = (Get-Process -Id $PID).ProcessName; @(Get-Process -Name $name | Where-Object Id -eq $PID).Count; @(Get-Process ($name.Substring(0, 3) + '*') | Where-Object Id -eq $PID).Count"
        #expect(runScript(script).lines == ["1", "1"])
    }

    @Test func getProcessMissingNameOrIdIsNonTerminating() {
        let result = runScript("Get-Process nosuchprocess; Get-Process -Id 999999999; 'after'")
        #expect(result.errors.contains("Cannot find a process with the name \"nosuchprocess\". Verify the process name and call the cmdlet again."))
        #expect(result.errors.contains("Cannot find a process with the process identifier 999999999."))
        #expect(result.lines == ["after"])
        #expect(runScript("Get-Process -Name x -Id 1").errors.contains("Parameter set cannot be resolved"))
    }

    @Test func stopProcessEndsASleepingChild() throws {
        let result = runScript("$id = [int](sh -c 'sleep 30 >/dev/null 2>&1 & echo $!'); $id; Stop-Process -Id $id -PassThru | ForEach-Object ProcessName")
        #expect(result.lines.count == 2)
        #expect(result.lines.last == "sleep")
        let pid = try #require(Int(result.lines.first ?? ""))
        #expect(Self.isGone(pid))
    }

    @Test func stopProcessTakesProcessObjectsFromThePipeline() throws {
        let result = runScript("$id = [int](sh -c 'sleep 30 >/dev/null 2>&1 & echo $!'); $id; Get-Process -Id $id | Stop-Process")
        let pid = try #require(Int(result.lines.first ?? ""))
        #expect(Self.isGone(pid))
        #expect(runScript("Stop-Process -Id 999999999").errors.contains("Cannot find a process with the process identifier 999999999."))
    }

    /// Gone, or a zombie waiting for its new parent to reap it, within 3 s.
    static func isGone(_ pid: Int) -> Bool {
        for _ in 0..<60 {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else { return true }
            if let close = stat.lastIndex(of: ")"), stat[stat.index(after: close)...].hasPrefix(" Z") { return true }
            usleep(50_000)
        }
        return false
    }
}
