// Tests of what scripts written on Windows reach for on Linux: Get-Counter
// from /proc, the module cmdlets, the WMI/CIM stand-ins and the Windows
// environment variables.

import Glibc
import Testing
import ShoalTestSupport

@Suite struct SystemCompatibilityCmdletTests {
    @Test func counterSamplesHaveWindowsPathsAndSaneValues() {
        let result = runScript("""
            $set = Get-Counter '\\Processor(*)\\% Processor Time', '\\Memory\\Available MBytes'
            $set.GetType().FullName
            $total = $set.CounterSamples | Where-Object InstanceName -eq '_total'
            $total.Path -eq "\\\\$([Environment]::MachineName)\\processor(_total)\\% processor time"
            $total.CookedValue -ge 0 -and $total.CookedValue -le 100
            ($set.CounterSamples | Where-Object { $_.Path -like '*\\processor(*' }).Count -eq [Environment]::ProcessorCount + 1
            $memory = $set.CounterSamples | Where-Object Path -like '*available mbytes'
            $memory.InstanceName -eq ''
            $memory.CookedValue
            $set.Readings -like "*\\memory\\available mbytes :*"
            """)
        let lines = result.lines
        #expect(Array(lines.prefix(4)) == ["Microsoft.PowerShell.Commands.GetCounter.PerformanceCounterSampleSet", "True", "True", "True"])
        #expect(lines.count == 7)
        #expect(lines[safe: 4] == "True")
        #expect(lines[safe: 6] == "True")
        // MemAvailable from /proc/meminfo, in MiB, moments apart.
        let meminfo = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? ""
        let line = meminfo.split(separator: "\n").first { $0.hasPrefix("MemAvailable:") } ?? ""
        let kilobytes = Double(line.split(separator: " ")[safe: 1].map(String.init) ?? "0") ?? 0
        let reported = Double(lines[safe: 5] ?? "") ?? -1
        #expect(abs(reported - kilobytes / 1024) < 512, "reported \(reported) MB, /proc says \(kilobytes / 1024)")
    }

    @Test func counterErrorsNameThePath() {
        let result = runScript("""
            Get-Counter '\\Nothing\\Here', '\\Memory\\Nope', 'not a path' -ErrorVariable problems -ErrorAction SilentlyContinue
            $problems | ForEach-Object { $_.Exception.Message }
            $problems[0].FullyQualifiedErrorId
            'after'
            """)
        #expect(result.lines == [
            "The specified object was not found on the computer: \\Nothing\\Here",
            "The specified counter could not be found: \\Memory\\Nope",
            "The not a path performance counter path is not valid.",
            "CounterApiError,Microsoft.PowerShell.Commands.GetCounterCommand", "after",
        ])
        #expect(runScript("Get-Counter -Continuous -MaxSamples 2").errors.contains(
            "The Continuous parameter and the MaxSamples parameter cannot be used in the same command."))
        #expect(runScript("Get-Counter '\\Memory\\Available MBytes' -ComputerName server9").errors.contains("Unable to connect"))
    }

    @Test func counterSamplesRepeatAtTheInterval() {
        let result = runScript("""
            $started = Get-Date
            $sets = Get-Counter '\\System\\Processes' -SampleInterval 1 -MaxSamples 2
            $sets.Count
            $elapsed = ((Get-Date) - $started).TotalSeconds
            $elapsed -ge 1.9 -and $elapsed -lt 10
            $sets[1].Timestamp -gt $sets[0].Timestamp
            $sets[0].CounterSamples[0].CookedValue -gt 1
            """)
        #expect(result.lines == ["2", "True", "True", "True"])
    }

    @Test func counterSetsAreListed() {
        let result = runScript("(Get-Counter -ListSet Memory).Paths -contains '\\Memory\\Available MBytes'; (Get-Counter -ListSet *).Count -ge 5")
        #expect(result.lines == ["True", "True"])
    }

    @Test func threadJobIsABuiltInModule() {
        let result = runScript("""
            $module = Get-Module -ListAvailable -Name ThreadJob
            '{0} {1} {2}' -f $module.Name, $module.Version, ($module.ExportedCommands -join ',')
            Import-Module ThreadJob
            (Get-Command Start-ThreadJob).Source
            @(Get-Module -Name NoSuchModule).Count
            Install-Module -Name ThreadJob -Force -Scope CurrentUser -WarningVariable said -WarningAction SilentlyContinue
            $said.Count
            """)
        #expect(result.lines == ["ThreadJob 2.0.3 Start-ThreadJob", "ThreadJob", "0", "1"])
        #expect(result.errors.isEmpty)
    }

    @Test func unknownModulesAreClearErrors() {
        let result = runScript("""
            Import-Module NoSuchModule -ErrorVariable e1 -ErrorAction SilentlyContinue
            $e1[0].Exception.Message
            $e1[0].FullyQualifiedErrorId
            Install-Module NoSuchModule -ErrorVariable e2 -ErrorAction SilentlyContinue
            $e2[0].FullyQualifiedErrorId
            """)
        #expect(result.lines == [
            "The specified module 'NoSuchModule' was not loaded because no valid module file was found in any module directory.",
            "Modules_ModuleNotFound,Microsoft.PowerShell.Commands.ImportModuleCommand",
            "NoMatchFoundForCriteria,Microsoft.PowerShell.PackageManagement.Cmdlets.InstallPackage",
        ])
    }

    @Test func importModuleRunsAScriptModule() {
        let directory = FileTestDirectory()
        directory.write("Tools.psm1", "function Get-Answer { 42 }\n")
        let path = directory.path + "/Tools.psm1"
        let result = runScript("function Run { Import-Module '\(path)' }; Run; Get-Answer; (Get-Module Tools).ExportedCommands")
        #expect(result.lines == ["42", "Get-Answer"])
    }

    @Test func wmiAndCimAreClearNonTerminatingErrors() {
        let result = runScript("""
            Get-WmiObject -Class Win32_Product -ErrorAction SilentlyContinue | Where-Object { $_.Name -like '*x*' }
            'continued'
            try { Get-CimInstance Win32_OperatingSystem -ErrorAction Stop } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }
            gwmi Win32_Service 2>&1 | ForEach-Object { $_.Exception.Message }
            """)
        #expect(result.lines == [
            "continued", "LinuxNotSupported,Microsoft.Management.Infrastructure.CimCmdlets.GetCimInstanceCommand", "NotImplemented",
            "Get-WmiObject is not available on Linux: WMI (Windows Management Instrumentation) exists only on Windows. Read the same facts from Get-Process, Get-Counter, Get-ChildItem /proc or /sys instead.",
        ])
    }

    @Test func windowsEnvironmentVariablesAnswerOnLinux() {
        let result = runScript("""
            $env:COMPUTERNAME -eq [Environment]::MachineName
            [string]::IsNullOrEmpty($env:USERNAME)
            $env:USERNAME -eq [Environment]::UserName
            """)
        #expect(result.lines == ["True", "False", "True"])
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
