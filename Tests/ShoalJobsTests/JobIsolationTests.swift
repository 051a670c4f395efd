// What crosses between the caller and a job, and what cannot: copies of
// values, fresh runspaces, `$using:` outside a job, and the shell surviving
// whatever a job does.

import Foundation
import ShoalTestSupport
import Testing

@Suite struct JobIsolationTests {
    @Test func usingOutsideAJobIsAnError() {
        let result = runScript("$x = 1; $using:x; 'after'")
        #expect(!result.errors.isEmpty)
        #expect(!result.lines.contains("1"), "\(result.lines)")
    }

    @Test func processJobGetsCopiesOfArguments() {
        let result = runShoal("""
            $h = @{ n = 1 }
            $j = Start-Job { param($t) $t.n = 2; $t.n } -ArgumentList $h
            $j | Receive-Job -Wait; $h.n
            """)
        #expect(result.lines == ["2", "1"], "\(result.errors)")
    }

    @Test func threadJobGetsCopiesOfPlainHashtables() {
        // Documented difference: thread/pool jobs receive copies.
        let result = runScript("""
            $h = @{ n = 1 }
            Start-ThreadJob { ($using:h).n = 2 } | Wait-Job | Out-Null
            $h.n
            """)
        #expect(result.lines == ["1"], "\(result.errors)")
    }

    @Test func synchronizedHashtableIsSharedWithThreadsAndPools() {
        let result = runScript("""
            $h = [hashtable]::Synchronized(@{})
            Start-ThreadJob { ($using:h).thread = 't' } | Wait-Job | Out-Null
            1..3 | ForEach-Object -Parallel { ($using:h)["p$_"] = $_ }
            $h.thread; $h.Count
            """)
        #expect(result.lines == ["t", "4"], "\(result.errors)")
    }

    @Test func processJobCannotSeeCallerState() {
        let result = runShoal("$secret = 's'; function f { 'f' }; Start-Job { \"[$secret]\"; [bool](Get-Command f -ErrorAction Ignore) } | Receive-Job -Wait")
        #expect(result.lines == ["[]", "False"], "\(result.errors)")
    }

    @Test func jobsDoNotChangeTheCallersLocationOrVariables() {
        let result = runScript("""
            Set-Location /tmp; $v = 'mine'
            Start-ThreadJob { Set-Location /; $v = 'theirs'; $global:v = 'theirs' } | Wait-Job | Out-Null
            1 | ForEach-Object -Parallel { Set-Location / }
            $PWD.Path; $v
            """)
        #expect(result.lines == ["/tmp", "mine"], "\(result.errors)")
    }

    /// Location stacks belong to a runspace: a finished job's pushes never
    /// reach a later job (they were once kept by runspace address, which a
    /// new runspace could reuse), nor the caller's.
    @Test func eachRunspaceHasItsOwnLocationStack() {
        let result = runShoal("""
            Set-Location /tmp
            $null = 1..30 | ForEach-Object { Start-ThreadJob { Set-Location /usr; Push-Location /etc } } | Receive-Job -Wait -AutoRemoveJob
            $after = 1..30 | ForEach-Object { Start-ThreadJob { Pop-Location; "$PWD" } } | Receive-Job -Wait -AutoRemoveJob
            "popped elsewhere: $(@($after | Where-Object { $_ -ne '/tmp' }).Count)"
            Push-Location /etc; Start-ThreadJob { Pop-Location; "job: $PWD" } | Receive-Job -Wait -AutoRemoveJob
            Pop-Location; "caller: $PWD"
            """)
        #expect(result.lines == ["popped elsewhere: 0", "job: /etc", "caller: /tmp"], "\(result.errors)")
    }

    /// Imported script modules belong to the runspace that imported them:
    /// a thread job's fresh runspace lists none, as in pwsh.
    @Test func aThreadJobDoesNotInheritImportedModules() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("shoal-module-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let module = directory.appendingPathComponent("Greet.psm1").path
        try "function Get-Greeting { 'hello' }".write(toFile: module, atomically: true, encoding: .utf8)
        let result = runShoal("""
            Import-Module '\(module)'; (Get-Module Greet).Name; Get-Greeting
            Start-ThreadJob { "in a job: $(@(Get-Module Greet).Count)" } | Receive-Job -Wait -AutoRemoveJob
            """)
        #expect(result.lines == ["Greet", "hello", "in a job: 0"], "\(result.errors)")
    }

    @Test func racyScriptsCannotCrashTheShell() {
        let result = runScript("""
            $list = [System.Collections.ArrayList]::new()
            $h = [hashtable]::Synchronized(@{ list = $list })
            $jobs = 1..8 | ForEach-Object { Start-ThreadJob { $l = ($using:h).list; for ($i = 0; $i -lt 200; $i++) { $null = $l.Add($i) } } }
            $null = $jobs | Wait-Job
            1..8 | ForEach-Object -Parallel { $t = $using:h; for ($i = 0; $i -lt 100; $i++) { $t["k$_"] = $i } }
            'alive'; @(Get-Job).Count
            """)
        #expect(result.lines == ["alive", "8"], "\(result.errors)")
    }

    @Test func environmentChangesInAJobWhileProgramsStartCannotCrashTheShell() {
        // setenv may move the environment while another thread spawns a
        // program from it: shoal takes one lock for both.
        let result = runShoal("""
            $j = Start-ThreadJob {
                for ($i = 0; $i -lt 3000; $i++) { [Environment]::SetEnvironmentVariable("SHOAL_RACE_$i", "v$i"); $env:SHOAL_RACE = "$i" }
            }
            $n = 0
            while ($j.State -eq 'Running') { $n += @(/bin/true).Count + 1 }
            $null = Wait-Job $j
            'alive'; $env:SHOAL_RACE; [Environment]::GetEnvironmentVariable('SHOAL_RACE_2999')
            """, timeout: 60)
        #expect(result.lines == ["alive", "2999", "v2999"], "\(result.errors)")
    }

    @Test func manyThreadJobsListAndWaitConcurrently() {
        let result = runScript("""
            $jobs = 1..20 | ForEach-Object { Start-ThreadJob { param($i) @(Get-Job).Count -ge 1; $i } -ArgumentList $_ -ThrottleLimit 10 }
            $r = $jobs | Receive-Job -Wait -AutoRemoveJob
            @($r | Where-Object { $_ -is [bool] -and $_ }).Count; ($r | Where-Object { $_ -is [int] } | Measure-Object -Sum).Sum
            @(Get-Job).Count
            """)
        #expect(result.lines == ["20", "210", "0"], "\(result.errors)")
    }
}
