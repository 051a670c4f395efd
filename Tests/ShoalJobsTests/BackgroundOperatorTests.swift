// `pipeline &`: the background operator (pester-cases B1-B8).

import Foundation
import ShoalTestSupport
import Testing

@Suite struct BackgroundOperatorTests {
    @Test func backgroundOperatorYieldsAJob() {
        let result = runShoal("$j = Write-Output hello &; $j -is [System.Management.Automation.Job]; $j.PSJobTypeName; $j | Receive-Job -Wait")
        #expect(result.lines == ["True", "BackgroundJob", "hello"], "\(result.errors)")
    }

    @Test func backgroundJobUsesTwoIdsLikeStartJob() {
        let result = runShoal("$j = Write-Output x &; $j.Id; $j.ChildJobs[0].Id; (Start-ThreadJob { 1 }).Id")
        #expect(result.lines == ["1", "2", "3"], "\(result.errors)")
    }

    @Test func callerVariablesAreCopiedAndUndefinedOnesAreNull() {
        let result = runShoal("""
            $a = 'A'; ${b c} = 'BC'
            Receive-Job (Write-Output "$a/${b c}/to:$who" &) -Wait
            """)
        #expect(result.lines == ["A/BC/to:"], "\(result.errors)")
        #expect(result.errors.isEmpty)
    }

    @Test func pidIsTheJobsOwn() {
        let result = runShoal("(Receive-Job (Write-Output $PID &) -Wait) -ne $PID; (Receive-Job (Write-Output $global:PID &) -Wait) -ne $PID")
        #expect(result.lines == ["True", "True"], "\(result.errors)")
    }

    @Test func followsTheCurrentLocation() {
        let result = runShoal("Set-Location /tmp; (Receive-Job (Get-Location &) -Wait).Path -eq $PWD.Path; Receive-Job ($PWD.Path &) -Wait")
        #expect(result.lines == ["True", "/tmp"], "\(result.errors)")
    }

    @Test func redirectionsHappenInsideTheJob() {
        let dir = JobTestEnvironment.scratchDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let result = runShoal("""
            Set-Location '\(dir.path)'
            @(Receive-Job (Write-Output data > o.txt &) -Wait).Count
            Get-Content o.txt
            @(Receive-Job (Write-Error oops 2> e.txt &) -Wait).Count
            [bool]((Get-Content e.txt) -match 'oops')
            """)
        #expect(result.lines == ["0", "data", "0", "True"], "\(result.errors)")
    }

    @Test func expressionsAndMultiStagePipelines() {
        let result = runShoal("""
            Receive-Job (6 * 7 &) -Wait
            Receive-Job (1..4 | ForEach-Object -Begin {$t=1} -Process {$t*=$_} -End {$t} &) -Wait
            """)
        #expect(result.lines == ["42", "24"], "\(result.errors)")
    }

    @Test func chainIsBackgroundedAsAWhole() {
        let result = runShoal("""
            $j = /bin/sh -c 'echo 0' && Write-Output 'second' &; $j | Wait-Job | Receive-Job
            $k = /bin/sh -c 'echo 1; exit 1' && Write-Output 'second' &; $k | Wait-Job | Receive-Job
            """)
        #expect(result.lines == ["0", "second", "1"], "\(result.errors)")
    }

    @Test func backgroundInMiddleOfChainIsAParseError() {
        let result = runShoal("'before'\na & && b\n")
        #expect(result.lines.isEmpty)
        #expect(result.errors.contains("Background operators can only be used at the end of a pipeline chain."), "\(result.errors)")
    }

    @Test func ampersandEndsTheStatement() {
        let result = runShoal("$j = Write-Output bg & 'fg'; $j | Receive-Job -Wait")
        #expect(result.lines == ["fg", "bg"], "\(result.errors)")
    }

    @Test func commandIsThePipelineText() {
        let result = runShoal("$j = Write-Output 'cmd text' &; $j.Command -match 'Write-Output'; $null = $j | Wait-Job")
        #expect(result.lines == ["True"], "\(result.errors)")
    }

    @Test func variablesAreCopiesNotShared() {
        let result = runShoal("$n = 1; $j = ($n = 5) &; $null = $j | Wait-Job; $n")
        #expect(result.lines == ["1"], "\(result.errors)")
    }
}
