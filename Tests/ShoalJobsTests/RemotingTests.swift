// Remoting over a real OpenSSH server on 127.0.0.1 (LoopbackSSH), reached
// under three aliases that stand for three machines.

import Foundation
import Glibc
import ShoalTestSupport
import Testing

@Suite(.serialized) struct RemotingTests {
    /// Runs `body` with a loopback sshd; no server is a failure, not a skip
    /// (the README's test command installs openssh-server).
    static func withServer(_ body: (LoopbackSSH) throws -> Void) throws {
        let server = LoopbackSSH(shoal: JobTestEnvironment.shoal)
        defer { server.stop() }
        if let why = server.unavailable {
            Issue.record("no loopback sshd: \(why)")
            return
        }
        try body(server)
    }

    /// Waits up to `seconds` until none of `server`'s sessions runs a
    /// process whose command line contains `text` (other tests' far sides
    /// are other servers' and do not count).
    static func noProcess(matching text: String, on server: LoopbackSSH, within seconds: Double = 5) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if !server.sessionProcesses().contains(where: { $0.contains(text) }) { return true }
            usleep(50_000)
        }
        return false
    }

    @Test func threeHostsAnswerWithTheirComputerNames() throws {
        try Self.withServer { server in
            let result = runShoal("""
                $word = 'hello'
                Invoke-Command -HostName h1, h2, h3 { param($caller) [pscustomobject]@{ Said = $using:word; Elsewhere = $PID -ne $caller } } -ArgumentList $PID |
                    Sort-Object PSComputerName | ForEach-Object { "$($_.PSComputerName) $($_.PSShowComputerName) $($_.Said) $($_.Elsewhere)" }
                (Invoke-Command -HostName h1 { [pscustomobject]@{ A = 1 } } -HideComputerName).PSShowComputerName
                1..3 | Invoke-Command -HostName h2 { $input | ForEach-Object { $_ * 10 } }
                Invoke-Command -HostName h3 -Subsystem shoal { 'through the subsystem' }
                """, environment: server.environment)
            #expect(result.lines == ["h1 True hello True", "h2 True hello True", "h3 True hello True", "False", "10", "20", "30",
                                     "through the subsystem"], "\(result.errors)")
        }
    }

    @Test func stringsAndNumbersFromEachHostCarryItsName() throws {
        try Self.withServer { server in
            let result = runShoal("""
                Invoke-Command -HostName h1, h2, h3 { 'up'; 7 } | Sort-Object PSComputerName, { $_ -is [int] } |
                    Select-Object PSComputerName, @{ Name = 'Said'; Expression = { $_ } } | ForEach-Object { "$($_.PSComputerName): $($_.Said)" }
                $total = (Invoke-Command -HostName h1, h2 { 7 } | Measure-Object -Sum).Sum; $total
                Invoke-Command -HostName h3 { 'shown as itself' }
                """, environment: server.environment)
            #expect(result.lines == ["h1: up", "h1: 7", "h2: up", "h2: 7", "h3: up", "h3: 7", "14", "shown as itself"],
                    "\(result.errors)")
        }
    }

    @Test func anUnreachableHostOrAChangedHostKeyIsAnErrorForThatHostAlone() throws {
        try Self.withServer { server in
            let result = runShoal("""
                Invoke-Command -HostName h1, refuses, liar { [pscustomobject]@{ Ran = 'yes' } } -ErrorVariable failures -ErrorAction SilentlyContinue |
                    ForEach-Object { "ran ($($_.PSComputerName))" }
                $failures | Sort-Object { $_.TargetObject } | ForEach-Object { "$($_.TargetObject): $($_.FullyQualifiedErrorId): $($_.Exception.Message)" }
                """, environment: server.environment)
            let lines = result.lines
            #expect(lines.count == 3, "\(lines) \(result.errors)")
            #expect(lines.first?.hasSuffix("(h1)") == true)
            #expect(lines.dropFirst().first?.hasPrefix("liar: PSSessionOpenFailed") == true)
            #expect(lines.dropFirst().first?.contains("Host key verification failed.") == true, "\(lines)")
            #expect(lines.last?.hasPrefix("refuses: PSSessionOpenFailed") == true)
            #expect(lines.last?.contains("Connection refused") == true, "\(lines)")
        }
    }

    @Test func stoppingARemoteJobLeavesNothingRunningOnTheFarSide() throws {
        try Self.withServer { server in
            let live = LiveShoal("""
                $j = Invoke-Command -HostName h1, h2 { sleep 312 } -AsJob
                for ($i = 0; $i -lt 200 -and @(pgrep -f 'sleep 312').Count -lt 2; $i++) { Start-Sleep -Milliseconds 50 }
                "$($j.PSJobTypeName) $(($j.ChildJobs | ForEach-Object Location) -join ',')"
                \(waitForTest)
                Stop-Job $j
                "$($j.State) $(($j.ChildJobs | ForEach-Object State) -join ',')"
                """, environment: server.environment)
            #expect(live.readLine() == "RemoteJob h1,h2")
            // The far side runs the sleeps (and the shoals that started them).
            let running = server.sessionProcesses()
            #expect(running.filter { $0.contains("sleep 312") }.count == 2, "\(running)")
            #expect(running.filter { $0.contains("shoal --remote") }.count == 2, "\(running)")
            live.go()
            let result = live.finish()
            #expect(result.lines.last == "Stopped Stopped,Stopped", "\(result.errors)")
            #expect(Self.noProcess(matching: "sleep 312", on: server), "the remote sleep ended")
            #expect(Self.noProcess(matching: "shoal --remote", on: server), "the remote shoal ended")
        }
    }

    @Test func aDroppedConnectionFailsThatHostAndTheOthersGoOn() throws {
        try Self.withServer { server in
            let result = runShoal("""
                $ready = Join-Path $PWD 'ready'
                $j = Invoke-Command -HostName h1, h2 { New-Item "$using:ready-$PID" | Out-Null; Start-Sleep 2; "finished on $(hostname)" } -AsJob
                # Both far sides run the script: then h2's connection drops.
                for ($i = 0; $i -lt 500 -and @(Get-ChildItem "$ready-*").Count -lt 2; $i++) { Start-Sleep -Milliseconds 20 }
                pkill -KILL -f -- '-- h2 p='
                $null = Wait-Job $j
                $j.ChildJobs | ForEach-Object { "$($_.Location) $($_.State) $($_.JobStateInfo.Reason.Message)".Trim() }
                "$($j.State) $(@(Receive-Job $j 2>$null).Count)"
                """, environment: server.environment)
            #expect(result.lines.count == 3, "\(result.lines) \(result.errors)")
            #expect(result.lines.first == "h1 Completed")
            #expect(result.lines.dropFirst().first?.hasPrefix("h2 Failed The connection to h2 was lost") == true, "\(result.lines)")
            #expect(result.lines.last == "Failed 1")
        }
    }

    @Test func aSessionKeepsItsStateFromCallToCall() throws {
        try Self.withServer { server in
            let result = runShoal("""
                $s = New-PSSession -HostName h1, h2
                Invoke-Command -Session $s { $x = 41; function Get-Answer { $x + 1 } }
                Invoke-Command -Session $s { [pscustomobject]@{ Answer = Get-Answer } } | Sort-Object PSComputerName |
                    ForEach-Object { "$($_.Answer) from $($_.PSComputerName)" }
                Get-PSSession | ForEach-Object { "$($_.Id) $($_.Name) $($_.ComputerName) $($_.State) $($_.Transport)" }
                $stopped = Invoke-Command -Session $s[0] { Start-Sleep 30 } -AsJob
                Start-Sleep -Milliseconds 300
                Stop-Job $stopped
                Invoke-Command -Session $s[0] { "still there: $x" }
                Remove-PSSession $s
                "sessions left: $(@(Get-PSSession).Count); state $($s[0].State)"
                Invoke-Command -Session $s[0] { 'never' } 2>&1 | ForEach-Object { "$_" }
                """, environment: server.environment)
            #expect(result.lines == ["42 from h1", "42 from h2", "1 Runspace1 h1 Opened SSH", "2 Runspace2 h2 Opened SSH",
                                     "still there: 41", "sessions left: 0; state Closed",
                                     "The PSSession Runspace1 to h1 is Closed, so it cannot run commands."], "\(result.errors)")
            #expect(Self.noProcess(matching: "shoal --remote", on: server))
        }
    }

    @Test func aRemoteJobTimesOut() throws {
        try Self.withServer { server in
            let result = runShoal("""
                $j = Invoke-Command -HostName h1 { 'before'; sleep 313 } -AsJob -TimeoutSeconds 1
                $null = Wait-Job $j
                "$($j.State): $($j.ChildJobs[0].JobStateInfo.Reason.GetType().FullName): $($j.ChildJobs[0].JobStateInfo.Reason.Message)"
                Receive-Job $j 2>$null
                """, environment: server.environment)
            #expect(result.lines == ["Failed: System.TimeoutException: The job timed out after 1 seconds.", "before"], "\(result.errors)")
            #expect(Self.noProcess(matching: "sleep 313", on: server))
        }
    }

    @Test func copyItemStreamsATreeToASessionAndBackKeepingPermissions() throws {
        try Self.withServer { server in
            let result = runShoal("""
                New-Item -ItemType Directory src/inner, far | Out-Null
                Set-Content src/note.txt 'a note'
                /usr/bin/head -c 1500000 /dev/urandom > src/inner/blob.bin
                chmod 750 src/inner/blob.bin
                chmod 700 src/inner
                $s = New-PSSession -HostName h1
                Copy-Item src -Destination "$PWD/far" -ToSession $s -Recurse
                Copy-Item "$PWD/far/src" -Destination back -FromSession $s -Recurse
                Copy-Item "$PWD/far/src/note.txt" -Destination single.txt -FromSession $s
                (Get-FileHash src/inner/blob.bin).Hash -eq (Get-FileHash back/inner/blob.bin).Hash
                (Get-FileHash src/inner/blob.bin).Hash -eq (Get-FileHash far/src/inner/blob.bin).Hash
                (stat -c '%a' back/inner back/inner/blob.bin far/src/inner/blob.bin) -join ' '
                Get-Content single.txt
                Copy-Item "$PWD/missing" -Destination here -FromSession $s 2>&1 | ForEach-Object { "$_" }
                Remove-PSSession $s
                """, environment: server.environment)
            #expect(result.lines.count == 5, "\(result.lines) \(result.errors)")
            #expect(result.lines.prefix(4) == ["True", "True", "700 750 750", "a note"])
            #expect(result.lines.last?.hasPrefix("h1: Cannot find path") == true, "\(result.lines)")
        }
    }

    @Test func bootstrapCopiesThisShoalIntoAnEmptyCacheOnlyWhenAsked() throws {
        try Self.withServer { server in
            let result = runShoal("""
                $ShoalRemoteCommand = 'shoal-is-not-installed-here'
                Invoke-Command -HostName h1 { 'never' } 2>&1 | ForEach-Object { "$_" }
                "cache before: $(Test-Path '\(server.remoteHome)/.cache/shoal')"
                Invoke-Command -HostName h1 -Bootstrap { [pscustomobject]@{ Path = (Get-Process -Id $PID).Path } } | ForEach-Object {
                    "runs: $($_.Path -like '\(server.remoteHome)/.cache/shoal/*/shoal')" }
                $copy = @(Get-ChildItem '\(server.remoteHome)/.cache/shoal/*/shoal')
                cmp -s $copy[0] (Get-Process -Id $PID).Path
                "copies: $($copy.Count); same bytes: $($LASTEXITCODE -eq 0)"
                Invoke-Command -HostName h2 { 'the cached one serves later connections' }
                """, timeout: 180, environment: server.environment)  // hashing a sanitizer build takes a while
            #expect(result.lines.count == 5, "\(result.lines) \(result.errors)")
            #expect(result.lines.first?.contains("shoal was not found on h1") == true, "\(result.lines)")
            #expect(result.lines.first?.contains("-Bootstrap") == true)
            #expect(Array(result.lines.dropFirst()) == ["cache before: False", "runs: True", "copies: 1; same bytes: True",
                                                        "the cached one serves later connections"], "\(result.errors)")
        }
    }

    @Test func aCredentialWithSSHHostsOrANonSessionIsRefusedSayingWhy() throws {
        let result = runShoal("""
            try { Invoke-Command -HostName h1 -Credential 'someone' { 1 } } catch { $_.FullyQualifiedErrorId.Split(',')[0]; $_.Exception.Message }
            """)
        #expect(result.lines.first == "CredentialNotSupportedWithSSH", "\(result.errors)")
        #expect(result.lines.last?.contains("ssh authenticates with keys or an agent") == true)
        let copy = runShoal("Copy-Item /etc/hostname -Destination /tmp -ToSession 5")
        #expect(copy.errors.contains("Copy-Item:"), "the error names the cmdlet and its place: \(copy.errors)")
        #expect(copy.errors.contains("Cannot bind parameter 'ToSession'. Cannot convert the \"5\" value to type \"System.Management.Automation.Runspaces.PSSession\"."))
    }
}
