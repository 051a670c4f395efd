// Get-Counter: Windows performance counters answered from /proc (see
// CounterCatalog): samples every -SampleInterval seconds, -MaxSamples of
// them or -Continuous until stopped, each a PerformanceCounterSampleSet
// with CounterSamples (Path, InstanceName, CookedValue, Timestamp, ...).
// As on Windows, a baseline is read first, so the first sample comes one
// interval after the call. -ListSet lists the counter sets.

import ShoalRuntime

public final class GetCounterCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Get-Counter", synopsis: "Gets performance counter data from the local computer (read from /proc on Linux).",
        parameters: [
            ParameterDescriptor("Counter", type: "string[]", position: 0, pipeline: true, pipelineByPropertyName: true,
                                help: "The counter paths to sample, \\Set(Instance)\\Counter as in \\Processor(_total)\\% Processor Time; wildcards pick several. Without it, a default set of processor, memory, disk and network counters."),
            ParameterDescriptor("ListSet", type: "string[]", help: "Lists the counter sets with these names (wildcards allowed) and their counter paths, instead of sampling."),
            ParameterDescriptor("SampleInterval", type: "int", help: "Seconds to wait for each sample (1 by default, at least 1); rates such as bytes/sec are measured over it."),
            ParameterDescriptor("MaxSamples", type: "long", help: "How many samples to take, one every -SampleInterval seconds (1 by default)."),
            ParameterDescriptor("Continuous", type: "switch", help: "Samples until Ctrl-C stops it; cannot be used with -MaxSamples."),
            ParameterDescriptor("ComputerName", type: "string[]", aliases: ["Cn"], help: "The computers to sample; only this one (., localhost or its own name) can be read, any other is an error."),
        ], implementingType: "Microsoft.PowerShell.Commands.GetCounterCommand",
        parameterSets: [
            ParameterSetDescriptor("GetCounterSet", ["Counter", "SampleInterval", "MaxSamples", "Continuous"]),
            ParameterSetDescriptor("ListSetSet", ["ListSet"], mandatory: ["ListSet"]),
        ], defaultParameterSet: "GetCounterSet",
        description: "Reads performance counters from /proc under their Windows names (processor, memory, disk, network, process), once or every -SampleInterval seconds.",
        examples: [
            HelpExample("What can be measured",
                        code: "Get-Counter -ListSet * | ForEach-Object CounterSetName\n(Get-Counter -ListSet Memory).Paths | Select-Object -First 3",
                        output: "Processor\nMemory\nSystem\nPhysicalDisk\nNetwork Interface\nProcess\n\\Memory\\Available Bytes\n\\Memory\\Available KBytes\n\\Memory\\Available MBytes\n",
                        remarks: "-ListSet returns the counter sets (read from /proc on Linux) with their counter paths, without sampling anything."),
            HelpExample("Take one sample of two counters",
                        code: "$set = Get-Counter -Counter '\\Memory\\Available MBytes', '\\Processor(_total)\\% Processor Time'\n$set.CounterSamples | ForEach-Object { '{0}: {1}' -f ($_.Path -split '\\\\')[-1], ($_.CookedValue -ge 0) }",
                        output: "available mbytes: True\n% processor time: True\n",
                        remarks: "Each sample set comes after -SampleInterval seconds (1 by default); its CounterSamples hold one value per counter and instance, in CookedValue. -MaxSamples 5 takes five, -Continuous goes on until Ctrl-C."),
            HelpExample("A counter that does not exist",
                        code: "try { Get-Counter '\\Memory\\No Such Counter' -ErrorAction Stop } catch { $_.Exception.Message }",
                        output: "The specified counter could not be found: \\Memory\\No Such Counter\n"),
        ])
    public init() {}

    /// The counters PowerShell samples when -Counter is not given.
    static let defaultCounters = [
        "\\network interface(*)\\bytes total/sec", "\\processor(_total)\\% processor time",
        "\\memory\\% committed bytes in use", "\\memory\\cache faults/sec", "\\physicaldisk(_total)\\% disk time",
        "\\physicaldisk(_total)\\current disk queue length",
    ]
    private var paths: [String] = []

    public func begin(_ context: CmdletContext) throws {
        try ParameterChecks.range("SampleInterval", 1, Double(Int32.max), in: context)
        try ParameterChecks.range("MaxSamples", 1, Double(Int64.max), in: context)
        if context.has("Continuous") && context.has("MaxSamples") {
            throw context.terminatingError("The Continuous parameter and the MaxSamples parameter cannot be used in the same command.",
                                           id: "CounterContinuousOrMaxSamples", category: .invalidArgument)
        }
    }

    public func process(_ context: CmdletContext) throws {
        if let sets = context.value("ListSet") {
            try listSets(sets.strings, context)
            return
        }
        paths += context.value("Counter")?.strings ?? []
        context.unbind("counter")
    }

    public func end(_ context: CmdletContext) throws {
        guard !context.has("ListSet") else { return }
        let requested = paths.isEmpty ? Self.defaultCounters : paths
        var chosen: [(path: CounterPath, set: CounterSetDefinition, counters: [CounterDefinition])] = []
        for computer in try computers(context) {
            for text in requested {
                guard var path = CounterPath(text) else {
                    try counterError("The \(text) performance counter path is not valid.", context)
                    continue
                }
                if path.computer == nil, let computer { path = CounterPath("\\\\" + computer + text) ?? path }
                if let machine = path.computer, !Self.isLocal(machine) {
                    try counterError("Unable to connect to the specified computer or the computer is offline: \\\\\(machine).", context)
                    continue
                }
                guard let set = CounterCatalog.set(named: path.object) else {
                    try counterError("The specified object was not found on the computer: \(text)", context)
                    continue
                }
                let pattern = Wildcard(path.counter)
                let counters = set.counters.filter { pattern.matches($0.name) }
                if counters.isEmpty {
                    try counterError("The specified counter could not be found: \(text)", context)
                    continue
                }
                if set.instances != nil && path.instance == nil || set.instances == nil && path.instance != nil && path.instance != "*" {
                    try counterError("The \(text) performance counter path is not valid.", context)
                    continue
                }
                chosen.append((path, set, counters))
            }
        }
        guard !chosen.isEmpty else { return }
        let needsProcesses = chosen.contains { $0.set.needsProcesses }
        let interval = Double(context.value("SampleInterval").flatMap(StartSleepCommand.number) ?? 1)
        let continuous = context.flag("Continuous")
        let maxSamples = Int(context.value("MaxSamples").flatMap(StartSleepCommand.number) ?? 1)
        var reportedMissing = Set<String>()
        var before = SystemSnapshot(includingProcesses: needsProcesses)
        var taken = 0
        while continuous || taken < maxSamples {
            try context.runspace.sleep(seconds: interval)
            let after = SystemSnapshot(includingProcesses: needsProcesses)
            var samples: [Value] = []
            for (path, set, counters) in chosen {
                let instances = try instancesOf(path, set, after, context, reported: &reportedMissing)
                for counter in counters {
                    for instance in instances {
                        guard let value = counter.value(instance ?? "", before, after) else { continue }
                        samples.append(Self.sample(path, set, counter, instance, value, after))
                    }
                }
            }
            // A set whose every path named a missing instance has nothing to show.
            if !samples.isEmpty { try context.write(Self.sampleSet(samples, at: after.timestamp)) }
            before = after
            taken += 1
        }
    }

    /// The instances a path names in this snapshot (nil for a set without
    /// instances); a named instance that is absent is reported once.
    private func instancesOf(_ path: CounterPath, _ set: CounterSetDefinition, _ snapshot: SystemSnapshot,
                             _ context: CmdletContext, reported: inout Set<String>) throws -> [String?] {
        guard let list = set.instances else { return [nil] }
        let pattern = Wildcard(path.instance ?? "*")
        let matches = list(snapshot).filter { pattern.matches($0) }
        if matches.isEmpty, pattern.isLiteral, reported.insert(path.written).inserted {
            try counterError("The specified instance is not present: \(path.written)", context)
        }
        return matches
    }

    private func computers(_ context: CmdletContext) throws -> [String?] {
        let names = context.value("ComputerName")?.strings ?? []
        return names.isEmpty ? [nil] : names
    }

    static func isLocal(_ machine: String) -> Bool {
        let name = machine.lowercased()
        return name == "." || name == "localhost" || name == HostIdentity.machineName.lowercased()
            || name == HostIdentity.hostName.lowercased()
    }

    private func counterError(_ message: String, _ context: CmdletContext) throws {
        try context.writeError(message, id: "CounterApiError", category: .invalidResult, exceptionType: "System.Exception")
    }

    // MARK: - Output objects

    static let sampleType = "Microsoft.PowerShell.Commands.GetCounter.PerformanceCounterSample"
    static let sampleSetType = "Microsoft.PowerShell.Commands.GetCounter.PerformanceCounterSampleSet"

    static func sample(_ path: CounterPath, _ set: CounterSetDefinition, _ counter: CounterDefinition, _ instance: String?,
                       _ value: Double, _ snapshot: SystemSnapshot) -> Value {
        let instancePart = instance.map { "(\($0))" } ?? ""
        let text = "\\\\\(path.computer ?? HostIdentity.machineName)\\\(set.name.lowercased())\(instancePart)\\\(counter.name.lowercased())"
        let object = PSObject(typeName: sampleType)
        object.set("Path", .string(text))
        object.set("InstanceName", .string(instance ?? ""))
        object.set("CookedValue", .double(value))
        object.set("RawValue", .int(Int(max(0, min(value, 9.2e18)))))
        object.set("SecondValue", .int(0))
        object.set("MultipleCount", .int(1))
        object.set("CounterType", .string(counter.type))
        object.set("Timestamp", .native(snapshot.timestamp))
        // FILETIME: 100 ns ticks since 1601.
        object.set("Timestamp100NSec", .int(snapshot.timestamp.ticks - 504_911_232_000_000_000))
        object.set("Status", .int(0))
        object.set("DefaultScale", .int(0))
        object.set("TimeBase", .int(10_000_000))
        return .object(object)
    }

    static func sampleSet(_ samples: [Value], at timestamp: DateTimeValue) -> Value {
        let object = PSObject(typeName: sampleSetType)
        object.set("Timestamp", .native(timestamp))
        object.set("CounterSamples", .array(ArrayValue(samples)))
        // GetEvent.types.ps1xml's Readings script property.
        let readings = samples.map { sample -> String in
            let path = OutputFormatter.propertyValue(of: sample, named: "Path").map(Conversion.toString) ?? ""
            let value = OutputFormatter.propertyValue(of: sample, named: "CookedValue").map(Conversion.toString) ?? ""
            return path + " :\n" + value + "\n\n"
        }.joined()
        object.set("Readings", .string(readings))
        return .object(object)
    }

    // MARK: - -ListSet

    private func listSets(_ patterns: [String], _ context: CmdletContext) throws {
        for pattern in patterns {
            let wildcard = Wildcard(pattern)
            let matches = CounterCatalog.sets.filter { wildcard.matches($0.name) }
            if matches.isEmpty {
                try context.writeError("Cannot find any performance counter sets on the localhost computer that match the following: \(pattern).",
                                       id: "NoMatchingCounterSetsFound", category: .objectNotFound, target: .string(pattern),
                                       exceptionType: "System.Exception")
            }
            for set in matches {
                let object = PSObject(typeName: "Microsoft.PowerShell.Commands.GetCounter.CounterSet")
                object.set("CounterSetName", .string(set.name))
                object.set("MachineName", .string("."))
                object.set("CounterSetType", .string(set.instances == nil ? "SingleInstance" : "MultiInstance"))
                object.set("Description", .string(set.description))
                let paths = set.counters.map { "\\\(set.name)\(set.instances == nil ? "" : "(*)")\\\($0.name)" }
                object.set("Paths", .array(ArrayValue(paths.map(Value.string))))
                object.set("PathsWithInstances", .array(ArrayValue(paths.map(Value.string))))
                object.set("Counter", .array(ArrayValue(paths.map(Value.string))))
                try context.write(.object(object))
            }
        }
    }

    static func registerViews(into registry: CommandRegistry) {
        registry.registerTable(typeName: sampleSetType, columns: [
            FormatViewColumn("Timestamp", width: 25),
            FormatViewColumn("CounterSamples", property: "Readings", width: 100),
        ], wrap: true)
        registry.registerTable(typeName: sampleType, columns: [
            FormatViewColumn("Path", width: 50),
            FormatViewColumn("InstanceName", width: 14),
            FormatViewColumn("CookedValue", width: 15, alignment: .right),
        ])
    }
}
