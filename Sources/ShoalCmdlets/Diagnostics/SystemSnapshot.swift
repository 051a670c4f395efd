// The machine's counters at one moment, read from /proc: CPU time per
// processor, memory, paging, disks, network interfaces and (when asked
// for) processes. Rate counters compare two snapshots.

import Glibc
import ShoalRuntime

struct SystemSnapshot {
    /// Jiffies per processor; "_total" is the `cpu` line.
    struct ProcessorTimes {
        var user = 0.0, nice = 0.0, system = 0.0, idle = 0.0, iowait = 0.0, irq = 0.0, softirq = 0.0, steal = 0.0
        var total: Double { user + nice + system + idle + iowait + irq + softirq + steal }
        var idleAll: Double { idle + iowait }
    }

    struct DiskTimes {
        var reads = 0.0, writes = 0.0, sectorsRead = 0.0, sectorsWritten = 0.0, inFlight = 0.0, ioMilliseconds = 0.0
    }

    struct InterfaceBytes {
        var received = 0.0, sent = 0.0, packetsReceived = 0.0, packetsSent = 0.0
    }

    struct ProcessTimes {
        var id: Int, cpuSeconds: Double, workingSet: Double, threads: Double, privateBytes: Double
    }

    /// Seconds on a monotonic clock, for rates.
    let time: Double
    let timestamp: DateTimeValue
    var processors: [String: ProcessorTimes] = [:]
    var processorOrder: [String] = []
    var statValues: [String: Double] = [:]
    var memory: [String: Double] = [:]
    var vm: [String: Double] = [:]
    var disks: [String: DiskTimes] = [:]
    var interfaces: [String: InterfaceBytes] = [:]
    var uptime = 0.0
    /// By Windows-style instance name (`bash`, `bash#1`), read only when a
    /// process counter was asked for.
    var processes: [String: ProcessTimes] = [:]

    init(includingProcesses: Bool) {
        time = MonotonicClock.seconds()
        timestamp = DateTimeValue.now()
        readStat()
        memory = SystemSnapshot.keyed(readTextFile("/proc/meminfo") ?? "", scale: 1024)
        vm = SystemSnapshot.keyed(readTextFile("/proc/vmstat") ?? "", scale: 1)
        readDisks()
        readInterfaces()
        uptime = Double((readTextFile("/proc/uptime") ?? "0").split(separator: " ").first ?? "0") ?? 0
        if includingProcesses { readProcesses() }
    }

    private mutating func readStat() {
        for line in (readTextFile("/proc/stat") ?? "").split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard let key = fields.first else { continue }
            if key.hasPrefix("cpu") {
                let numbers = fields.dropFirst().map { Double($0) ?? 0 }
                func at(_ index: Int) -> Double { index < numbers.count ? numbers[index] : 0 }
                let name = key == "cpu" ? "_total" : String(key.dropFirst(3))
                processors[name] = ProcessorTimes(user: at(0), nice: at(1), system: at(2), idle: at(3), iowait: at(4), irq: at(5),
                                                  softirq: at(6), steal: at(7))
                if name != "_total" { processorOrder.append(name) }
            } else if fields.count >= 2 {
                statValues[String(key)] = Double(fields[1]) ?? 0
            }
        }
        processorOrder.append("_total")
    }

    /// `Name: value [kB]` or `name value` lines, scaled to bytes for kB.
    static func keyed(_ text: String, scale: Double) -> [String: Double] {
        var result: [String: Double] = [:]
        for line in text.split(separator: "\n") {
            let parts = line.split(whereSeparator: { $0 == " " || $0 == ":" })
            guard parts.count >= 2, let value = Double(parts[1]) else { continue }
            result[String(parts[0]).lowercased()] = parts.count > 2 && parts[2] == "kB" ? value * scale : value
        }
        return result
    }

    private mutating func readDisks() {
        // Physical disks are the /sys/block entries with hardware behind them;
        // device-mapper and md volumes would count the same I/O twice.
        let physical = Set(CommandCatalog.entries(of: "/sys/block").filter { access("/sys/block/\($0)/device", F_OK) == 0 })
        var total = DiskTimes()
        var index = 0
        for line in (readTextFile("/proc/diskstats") ?? "").split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 13, physical.contains(String(fields[2])) else { continue }
            func at(_ i: Int) -> Double { Double(fields[i]) ?? 0 }
            let disk = DiskTimes(reads: at(3), writes: at(7), sectorsRead: at(5), sectorsWritten: at(9), inFlight: at(11),
                                 ioMilliseconds: at(12))
            // PhysicalDisk instances are "<index> <name>" on Windows ("0 C:").
            disks["\(index) \(fields[2])"] = disk
            index += 1
            total.reads += disk.reads
            total.writes += disk.writes
            total.sectorsRead += disk.sectorsRead
            total.sectorsWritten += disk.sectorsWritten
            total.inFlight += disk.inFlight
            total.ioMilliseconds += disk.ioMilliseconds
        }
        disks["_total"] = total
    }

    private mutating func readInterfaces() {
        for line in (readTextFile("/proc/net/dev") ?? "").split(separator: "\n") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = String(line[..<colon]).trimmingCharacters()
            let fields = line[line.index(after: colon)...].split(separator: " ").map { Double($0) ?? 0 }
            guard fields.count >= 10, name != "lo" else { continue }
            interfaces[name.lowercased()] = InterfaceBytes(received: fields[0], sent: fields[8], packetsReceived: fields[1],
                                                           packetsSent: fields[9])
        }
    }

    private mutating func readProcesses() {
        var seen: [String: Int] = [:]
        for process in ProcessTable.all() {
            let name = process.name.lowercased()
            let count = seen[name, default: 0]
            seen[name] = count + 1
            let threads = Double(SystemSnapshot.statusField(process.id, "Threads") ?? 0)
            let privateBytes = Double(SystemSnapshot.statusField(process.id, "VmData") ?? 0) * 1024
            processes[count == 0 ? name : "\(name)#\(count)"] = ProcessTimes(
                id: process.id, cpuSeconds: process.cpuSeconds, workingSet: Double(process.workingSet), threads: threads,
                privateBytes: privateBytes)
        }
        let all = processes.values
        processes["_total"] = ProcessTimes(id: 0, cpuSeconds: all.reduce(0) { $0 + $1.cpuSeconds },
                                           workingSet: all.reduce(0) { $0 + $1.workingSet },
                                           threads: all.reduce(0) { $0 + $1.threads },
                                           privateBytes: all.reduce(0) { $0 + $1.privateBytes })
    }

    /// A numeric field of /proc/<pid>/status (`Threads`, `VmData` in kB).
    static func statusField(_ id: Int, _ name: String) -> Int? {
        for line in (readTextFile("/proc/\(id)/status") ?? "").split(separator: "\n") where line.hasPrefix(name + ":") {
            return Int(line.dropFirst(name.count + 1).split(separator: " ").first ?? "")
        }
        return nil
    }
}
