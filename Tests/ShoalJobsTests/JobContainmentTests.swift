// Every process a job starts ends with the job: the worker of a process
// job, the native programs any kind of job runs, and their children. The
// shell runs in a session of its own here (it prints its session id), so
// the test can count what is left of it after each way of ending.

import Foundation
import Glibc
import ShoalTestSupport
import Testing

@Suite(.serialized) struct JobContainmentTests {
    /// Starts a process job, a thread job and a -Parallel job, each running
    /// `sh -c 'sleep N; :'` (a shell that waits for its own child), waits
    /// until all four sleeps run, prints READY, waits for the test, then
    /// runs `ending`.
    static func script(_ ending: String) -> String {
        """
        $stat = (Get-Content "/proc/$PID/stat") -split ' '
        "SID=$($stat[5]) PID=$PID"
        $j = Start-Job { sh -c 'sleep 301; :' }
        $t = Start-ThreadJob { sh -c 'sleep 302; :' }
        $p = 1..2 | ForEach-Object -Parallel { sh -c 'sleep 303; :' } -AsJob
        for ($i = 0; $i -lt 500; $i++) {
            if (@(pgrep -s $stat[5] -x sleep).Count -ge 4) { break }
            Start-Sleep -Milliseconds 20
        }
        'READY'
        \(waitForTest)
        Remove-Item $env:SHOAL_TEST_GO
        \(ending)
        """
    }

    /// Runs the script in a new session; returns the session id, the
    /// shell's process id and the live shell.
    static func start(_ ending: String) throws -> (session: Int32, shell: Int32, live: LiveShoal) {
        let live = LiveShoal(script(ending), newSession: true)
        let line = try #require(live.readLine(where: { $0.hasPrefix("SID=") }))
        let fields = line.split(separator: " ").map { $0.split(separator: "=").last.map(String.init) ?? "" }
        let session = try #require(Int32(fields[0]))
        let shell = try #require(Int32(fields[1]))
        #expect(live.readLine() == "READY")
        // The four sleeps really run, so a test that finds none afterwards
        // has seen them end.
        let sleeps = ProcessProbe.members(ofSession: session).filter { $0.command == "sleep" }
        #expect(sleeps.count == 4, "session \(session): \(ProcessProbe.members(ofSession: session))")
        live.go()
        return (session, shell, live)
    }

    /// The job processes (sleep and sh) left in the session, after waiting
    /// up to `seconds` for them to go.
    static func leftovers(in session: Int32, within seconds: Double = 2) -> [String] {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let left = ProcessProbe.members(ofSession: session).filter { ["sleep", "sh"].contains($0.command) }
            if left.isEmpty || Date() > deadline { return left.map { "\($0.pid) \($0.command)" } }
            usleep(20_000)
        }
    }

    static func everything(in session: Int32, within seconds: Double = 2) -> [String] {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let left = ProcessProbe.members(ofSession: session)
            if left.isEmpty || Date() > deadline { return left.map { "\($0.pid) \($0.command)" } }
            usleep(20_000)
        }
    }

    @Test func stopJobEndsTheNativesOfEveryKindOfJob() throws {
        let (session, _, live) = try Self.start("Get-Job | Stop-Job; 'STOPPED'; \(waitForTest)")
        #expect(live.readLine() == "STOPPED")
        #expect(Self.leftovers(in: session) == [])
        live.go()
        _ = live.finish()
    }

    @Test func removeJobForceEndsTheNatives() throws {
        let (session, _, live) = try Self.start("Get-Job | Remove-Job -Force; 'REMOVED'; \(waitForTest)")
        #expect(live.readLine() == "REMOVED")
        #expect(Self.leftovers(in: session) == [])
        live.go()
        _ = live.finish()
    }

    @Test func exitLeavesNoProcess() throws {
        let (session, _, live) = try Self.start("exit 3")
        let result = live.finish(timeout: 10)
        #expect(result.status == 3)
        #expect(Self.everything(in: session) == [])
    }

    @Test func endOfScriptLeavesNoProcess() throws {
        let (session, _, live) = try Self.start("'END'")
        let result = live.finish(timeout: 10)
        #expect(result.lines.last == "END")
        #expect(Self.everything(in: session) == [])
    }

    @Test(arguments: [SIGTERM, SIGHUP, SIGKILL])
    func aSignalToTheShellLeavesNoProcess(signal: Int32) throws {
        let (session, shell, live) = try Self.start(waitForTest)
        kill(shell, signal)
        _ = live.finish(timeout: 10)
        // SIGKILL leaves no time for cleanup: the keeper process does it.
        #expect(Self.everything(in: session, within: 2) == [], "after signal \(signal)")
    }

    @Test func aJobsLeftoverChildrenEndWithTheJob() throws {
        // The job's shell puts a sleep in the background and ends; the
        // sleep is still in the job's group and ends with the job. (Its
        // output goes elsewhere: one holding the job's pipe would keep the
        // job reading, as it would keep `$(...)` in bash.)
        let live = LiveShoal("""
            $stat = (Get-Content "/proc/$PID/stat") -split ' '
            "SID=$($stat[5])"
            Start-Job { sh -c 'sleep 304 >/dev/null & echo started' } | Receive-Job -Wait
            Start-ThreadJob { sh -c 'sleep 305 >/dev/null & echo started' } | Receive-Job -Wait
            'DONE'
            \(waitForTest)
            """, newSession: true)
        let line = try #require(live.readLine(where: { $0.hasPrefix("SID=") }))
        let session = try #require(Int32(line.dropFirst(4)))
        #expect(live.readLine(where: { $0 == "DONE" }) == "DONE")
        #expect(Self.leftovers(in: session) == [])
        live.go()
        _ = live.finish()
    }
}

@Suite struct WorkerPoolTests {
    /// Script functions: the idle workers (children of the fork server,
    /// or of the shell when it forks none) and the zombies under either.
    static let helpers = """
        function Get-Parents { $PID; @(pgrep -P $PID -f -- '--fork-server') }
        function Get-IdleWorker { @(pgrep -P $PID -f -- '--job-worker'); foreach ($s in @(pgrep -P $PID -f -- '--fork-server')) { @(pgrep -P $s) } }
        function Get-ZombieCount { @(foreach ($p in Get-Parents) { ps -o stat= --ppid $p | Where-Object { $_ -like 'Z*' } }).Count }

        """

    @Test func aKilledIdleWorkerIsReplacedAndTheJobRuns() {
        let result = runShoal(WorkerPoolTests.helpers + """
            $null = Start-Job { 1 } | Wait-Job
            $idle = @()
            for ($i = 0; $i -lt 200 -and $idle.Count -lt 2; $i++) { Start-Sleep -Milliseconds 10; $idle = @(Get-IdleWorker) }
            $idle.Count
            foreach ($w in $idle) { kill -9 $w }
            Start-Job { 'ran' } | Receive-Job -Wait -AutoRemoveJob
            Start-Sleep -Milliseconds 300
            Get-ZombieCount
            """)
        #expect(result.lines == ["2", "ran", "0"], "\(result.errors)")
    }

    @Test func theIdlePoolReturnsToItsSizeAfterABurst() {
        let result = runShoal(WorkerPoolTests.helpers + """
            $jobs = 1..16 | ForEach-Object { Start-Job { $_ } }
            $null = $jobs | Wait-Job
            $idle = @()
            for ($i = 0; $i -lt 300; $i++) { Start-Sleep -Milliseconds 10; $idle = @(Get-IdleWorker); if ($idle.Count -eq 2) { break } }
            $idle.Count
            Get-ZombieCount
            """)
        #expect(result.lines == ["2", "0"], "\(result.errors)")
    }

    @Test func jobWorkersAreForkedByTheForkServer() {
        let result = runShoal("""
            $j = Start-Job { (Get-Content "/proc/$PID/stat").Split(' ')[3] }
            $parent = Receive-Job $j -Wait
            $server = @(pgrep -P $PID -f -- '--fork-server')
            $server.Count
            $parent -eq $server[0]
            """)
        #expect(result.lines == ["1", "True"], "\(result.errors)")
    }

    @Test func aKilledForkServerFailsItsJobsAndANewOneServesTheNext() {
        let result = runShoal("""
            $j = Start-Job { Start-Sleep 30 }
            Start-Sleep -Milliseconds 300
            $server = @(pgrep -P $PID -f -- '--fork-server')
            kill -9 $server[0]
            $null = Wait-Job $j -Timeout 10
            $j.State
            $j.ChildJobs[0].JobStateInfo.Reason.Message -like '*killed by signal 9*'
            Start-Job { 'ran' } | Receive-Job -Wait -AutoRemoveJob
            """)
        #expect(result.lines == ["Failed", "True", "ran"], "\(result.errors)")
    }
}
