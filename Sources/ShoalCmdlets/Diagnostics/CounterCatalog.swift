// The performance counters shoal reads on Linux, by Windows counter set
// and counter name, so that `\Processor(_Total)\% Processor Time` and
// `\Memory\Available MBytes` mean here what they mean on Windows. Each
// counter computes its cooked value from two snapshots (rates and
// percentages of time need both); instant counters read the later one.

import Glibc
import ShoalRuntime

struct CounterDefinition: Sendable {
    let name: String
    /// .NET's PerformanceCounterType name.
    let type: String
    let value: @Sendable (_ instance: String, _ before: SystemSnapshot, _ after: SystemSnapshot) -> Double?
}

struct CounterSetDefinition: Sendable {
    let name: String
    let description: String
    /// The instances present in a snapshot; nil for a single-instance set.
    let instances: (@Sendable (SystemSnapshot) -> [String])?
    let counters: [CounterDefinition]
    var needsProcesses = false
}

enum CounterCatalog {
    static func set(named name: String) -> CounterSetDefinition? {
        sets.first { $0.name.lowercased() == name.lowercased() }
    }

    static func rate(_ before: Double?, _ after: Double?, _ b: SystemSnapshot, _ a: SystemSnapshot) -> Double? {
        guard let before, let after, a.time > b.time else { return nil }
        return max(0, after - before) / (a.time - b.time)
    }

    static func share(_ part: (SystemSnapshot.ProcessorTimes) -> Double, _ instance: String, _ b: SystemSnapshot,
                      _ a: SystemSnapshot) -> Double? {
        guard let before = b.processors[instance], let after = a.processors[instance] else { return nil }
        let total = after.total - before.total
        guard total > 0 else { return 0 }
        return min(100, max(0, 100 * (part(after) - part(before)) / total))
    }

    static let sets: [CounterSetDefinition] = [
        CounterSetDefinition(
            name: "Processor", description: "The Processor performance object consists of counters that measure aspects of processor activity.",
            instances: { $0.processorOrder },
            counters: [
                CounterDefinition(name: "% Processor Time", type: "Timer100NsInverse") { i, b, a in
                    share({ $0.total - $0.idleAll }, i, b, a)
                },
                CounterDefinition(name: "% User Time", type: "Timer100Ns") { i, b, a in share({ $0.user + $0.nice }, i, b, a) },
                CounterDefinition(name: "% Privileged Time", type: "Timer100Ns") { i, b, a in
                    share({ $0.system + $0.irq + $0.softirq }, i, b, a)
                },
                CounterDefinition(name: "% Idle Time", type: "Timer100Ns") { i, b, a in share({ $0.idleAll }, i, b, a) },
                CounterDefinition(name: "% Interrupt Time", type: "Timer100Ns") { i, b, a in share({ $0.irq + $0.softirq }, i, b, a) },
            ]),
        CounterSetDefinition(
            name: "Memory", description: "The Memory performance object consists of counters that describe the behavior of physical and virtual memory on the computer.",
            instances: nil,
            counters: [
                CounterDefinition(name: "Available Bytes", type: "NumberOfItems64") { _, _, a in a.memory["memavailable"] },
                CounterDefinition(name: "Available KBytes", type: "NumberOfItems64") { _, _, a in
                    a.memory["memavailable"].map { ($0 / 1024).rounded(.down) }
                },
                CounterDefinition(name: "Available MBytes", type: "NumberOfItems64") { _, _, a in
                    a.memory["memavailable"].map { ($0 / 1_048_576).rounded(.down) }
                },
                CounterDefinition(name: "Committed Bytes", type: "NumberOfItems64") { _, _, a in a.memory["committed_as"] },
                CounterDefinition(name: "Commit Limit", type: "NumberOfItems64") { _, _, a in a.memory["commitlimit"] },
                CounterDefinition(name: "% Committed Bytes In Use", type: "RawFraction") { _, _, a in
                    guard let used = a.memory["committed_as"], let limit = a.memory["commitlimit"], limit > 0 else { return nil }
                    return 100 * used / limit
                },
                CounterDefinition(name: "Cache Bytes", type: "NumberOfItems64") { _, _, a in a.memory["cached"] },
                CounterDefinition(name: "Free & Zero Page List Bytes", type: "NumberOfItems64") { _, _, a in a.memory["memfree"] },
                CounterDefinition(name: "Page Faults/sec", type: "RateOfCountsPerSecond32") { _, b, a in
                    rate(b.vm["pgfault"], a.vm["pgfault"], b, a)
                },
                CounterDefinition(name: "Cache Faults/sec", type: "RateOfCountsPerSecond32") { _, b, a in
                    // Minor faults: resolved from memory without disk I/O.
                    rate(b.vm["pgfault"].map { $0 - (b.vm["pgmajfault"] ?? 0) }, a.vm["pgfault"].map { $0 - (a.vm["pgmajfault"] ?? 0) }, b, a)
                },
                CounterDefinition(name: "Pages/sec", type: "RateOfCountsPerSecond32") { _, b, a in
                    func pages(_ s: SystemSnapshot) -> Double? {
                        guard let swapIn = s.vm["pswpin"], let swapOut = s.vm["pswpout"] else { return nil }
                        return swapIn + swapOut + (s.vm["pgmajfault"] ?? 0)
                    }
                    return rate(pages(b), pages(a), b, a)
                },
            ]),
        CounterSetDefinition(
            name: "System", description: "The System performance object consists of counters that apply to more than one instance of a component processors on the computer.",
            instances: nil,
            counters: [
                CounterDefinition(name: "Processor Queue Length", type: "NumberOfItems32") { _, _, a in
                    a.statValues["procs_running"].map { max(0, $0 - Double(a.processorOrder.count - 1)) }
                },
                CounterDefinition(name: "Processes", type: "NumberOfItems32") { _, _, _ in
                    Double(CommandCatalog.entries(of: "/proc").filter { Int($0) != nil }.count)
                },
                CounterDefinition(name: "Threads", type: "NumberOfItems32") { _, _, _ in
                    // The fourth field of loadavg: runnable/total scheduling entities.
                    let fields = (readTextFile("/proc/loadavg") ?? "").split(separator: " ")
                    return fields.count > 3 ? fields[3].split(separator: "/").last.flatMap { Double($0) } : nil
                },
                CounterDefinition(name: "Context Switches/sec", type: "RateOfCountsPerSecond32") { _, b, a in
                    rate(b.statValues["ctxt"], a.statValues["ctxt"], b, a)
                },
                CounterDefinition(name: "System Up Time", type: "ElapsedTime") { _, _, a in a.uptime },
            ]),
        CounterSetDefinition(
            name: "PhysicalDisk", description: "The Physical Disk performance object consists of counters that monitor hard or fixed disk drive on a computer.",
            instances: { Array($0.disks.keys).sorted { $0 == "_total" ? false : $1 == "_total" ? true : $0 < $1 } },
            counters: [
                CounterDefinition(name: "% Disk Time", type: "Timer100Ns") { i, b, a in
                    guard let before = b.disks[i], let after = a.disks[i], a.time > b.time else { return nil }
                    return min(100, 100 * (after.ioMilliseconds - before.ioMilliseconds) / ((a.time - b.time) * 1000))
                },
                CounterDefinition(name: "Current Disk Queue Length", type: "NumberOfItems32") { i, _, a in a.disks[i]?.inFlight },
                CounterDefinition(name: "Disk Reads/sec", type: "RateOfCountsPerSecond32") { i, b, a in rate(b.disks[i]?.reads, a.disks[i]?.reads, b, a) },
                CounterDefinition(name: "Disk Writes/sec", type: "RateOfCountsPerSecond32") { i, b, a in rate(b.disks[i]?.writes, a.disks[i]?.writes, b, a) },
                CounterDefinition(name: "Disk Transfers/sec", type: "RateOfCountsPerSecond32") { i, b, a in
                    rate(b.disks[i].map { $0.reads + $0.writes }, a.disks[i].map { $0.reads + $0.writes }, b, a)
                },
                CounterDefinition(name: "Disk Read Bytes/sec", type: "RateOfCountsPerSecond64") { i, b, a in
                    rate(b.disks[i].map { $0.sectorsRead * 512 }, a.disks[i].map { $0.sectorsRead * 512 }, b, a)
                },
                CounterDefinition(name: "Disk Write Bytes/sec", type: "RateOfCountsPerSecond64") { i, b, a in
                    rate(b.disks[i].map { $0.sectorsWritten * 512 }, a.disks[i].map { $0.sectorsWritten * 512 }, b, a)
                },
                CounterDefinition(name: "Disk Bytes/sec", type: "RateOfCountsPerSecond64") { i, b, a in
                    rate(b.disks[i].map { ($0.sectorsRead + $0.sectorsWritten) * 512 },
                         a.disks[i].map { ($0.sectorsRead + $0.sectorsWritten) * 512 }, b, a)
                },
            ]),
        CounterSetDefinition(
            name: "Network Interface", description: "The Network Interface performance object consists of counters that measure the rates at which bytes and packets are sent and received over a network connection.",
            instances: { $0.interfaces.keys.sorted() },
            counters: [
                CounterDefinition(name: "Bytes Total/sec", type: "RateOfCountsPerSecond64") { i, b, a in
                    rate(b.interfaces[i].map { $0.received + $0.sent }, a.interfaces[i].map { $0.received + $0.sent }, b, a)
                },
                CounterDefinition(name: "Bytes Received/sec", type: "RateOfCountsPerSecond64") { i, b, a in
                    rate(b.interfaces[i]?.received, a.interfaces[i]?.received, b, a)
                },
                CounterDefinition(name: "Bytes Sent/sec", type: "RateOfCountsPerSecond64") { i, b, a in
                    rate(b.interfaces[i]?.sent, a.interfaces[i]?.sent, b, a)
                },
                CounterDefinition(name: "Packets/sec", type: "RateOfCountsPerSecond64") { i, b, a in
                    rate(b.interfaces[i].map { $0.packetsReceived + $0.packetsSent },
                         a.interfaces[i].map { $0.packetsReceived + $0.packetsSent }, b, a)
                },
                CounterDefinition(name: "Packets Received/sec", type: "RateOfCountsPerSecond64") { i, b, a in
                    rate(b.interfaces[i]?.packetsReceived, a.interfaces[i]?.packetsReceived, b, a)
                },
                CounterDefinition(name: "Packets Sent/sec", type: "RateOfCountsPerSecond64") { i, b, a in
                    rate(b.interfaces[i]?.packetsSent, a.interfaces[i]?.packetsSent, b, a)
                },
            ]),
        CounterSetDefinition(
            name: "Process", description: "The Process performance object consists of counters that monitor running application program and system processes.",
            instances: { $0.processes.keys.sorted { $0 == "_total" ? false : $1 == "_total" ? true : $0 < $1 } },
            counters: [
                CounterDefinition(name: "% Processor Time", type: "Timer100Ns") { i, b, a in
                    guard let before = b.processes[i], let after = a.processes[i], a.time > b.time else { return nil }
                    if i != "_total" && before.id != after.id { return nil }
                    return max(0, 100 * (after.cpuSeconds - before.cpuSeconds) / (a.time - b.time))
                },
                CounterDefinition(name: "Working Set", type: "NumberOfItems64") { i, _, a in a.processes[i]?.workingSet },
                CounterDefinition(name: "Private Bytes", type: "NumberOfItems64") { i, _, a in a.processes[i]?.privateBytes },
                CounterDefinition(name: "Thread Count", type: "NumberOfItems32") { i, _, a in a.processes[i]?.threads },
                CounterDefinition(name: "ID Process", type: "RawFraction") { i, _, a in a.processes[i].map { Double($0.id) } },
            ],
            needsProcesses: true),
    ]
}
