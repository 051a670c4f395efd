// What a job used: CPU time (user + system) and, for process jobs, the
// largest resident set of its worker or any program the worker waited
// for (the kernel's accounting of a reaped process, `wait4`).

import Glibc

/// CPU time and peak memory of a job or one attempt of it.
public struct ResourceUsage: Sendable, Equatable {
    public var cpuNanoseconds: Int = 0
    /// Bytes; nil where it cannot be known for the job alone (thread jobs
    /// share the shell's memory).
    public var peakWorkingSet: Int?

    public init(cpuNanoseconds: Int = 0, peakWorkingSet: Int? = nil) {
        self.cpuNanoseconds = cpuNanoseconds
        self.peakWorkingSet = peakWorkingSet
    }

    /// A reaped process's usage, from its `rusage`.
    init(_ usage: rusage) {
        let microseconds = (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1_000_000
            + Int(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec)
        self.init(cpuNanoseconds: microseconds * 1000, peakWorkingSet: usage.ru_maxrss * 1024)
    }

    /// Adds a later attempt's usage: CPU time adds up, the peak is the larger.
    mutating func add(_ other: ResourceUsage) {
        cpuNanoseconds += other.cpuNanoseconds
        if let peak = other.peakWorkingSet { peakWorkingSet = max(peakWorkingSet ?? 0, peak) }
    }

    /// A live process's usage so far: its own CPU time, that of the
    /// programs it runs now and of those it has reaped (from /proc); its
    /// peak resident set, or a running program's if larger.
    static func ofLiveProcess(_ pid: Int32) -> ResourceUsage? {
        guard let root = ProcStat(pid) else { return nil }
        var all: [ProcStat] = []
        if let entries = opendir("/proc") {
            defer { closedir(entries) }
            while let entry = readdir(entries) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
                if let number = Int32(name), number != pid, let stat = ProcStat(number) { all.append(stat) }
            }
        }
        var members = [root]
        var frontier: Set<Int32> = [pid]
        while !frontier.isEmpty {
            let children = all.filter { frontier.contains($0.parent) }
            members += children
            frontier = Set(children.map(\.pid))
        }
        let ticks = members.reduce(0) { $0 + $1.cpuTicks }
        var usage = ResourceUsage(cpuNanoseconds: ticks * (1_000_000_000 / max(1, sysconf(Int32(_SC_CLK_TCK)))))
        usage.peakWorkingSet = members.compactMap { peakResidentBytes($0.pid) }.max()
        return usage
    }

    /// One process's line of /proc/<pid>/stat, the fields accounting needs.
    private struct ProcStat {
        let pid: Int32
        let parent: Int32
        /// utime + stime + cutime + cstime.
        let cpuTicks: Int

        init?(_ pid: Int32) {
            guard let stat = ResourceUsage.readProcFile("/proc/\(pid)/stat"),
                  let close = stat.lastIndex(of: UInt8(ascii: ")")), close + 2 < stat.count else { return nil }
            // The fields after the command name, from the state (3rd field) on.
            let fields = stat[(close + 2)...].split(separator: UInt8(ascii: " ")).map { Int(String(decoding: $0, as: UTF8.self)) ?? 0 }
            guard fields.count > 14 else { return nil }
            self.pid = pid
            parent = Int32(truncatingIfNeeded: fields[1])
            cpuTicks = fields[11] + fields[12] + fields[13] + fields[14]
        }
    }

    private static func peakResidentBytes(_ pid: Int32) -> Int? {
        guard let status = readProcFile("/proc/\(pid)/status") else { return nil }
        let text = String(decoding: status, as: UTF8.self)
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") else { return nil }
        return kilobytes * 1024
    }

    private static func readProcFile(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { Glibc.close(descriptor) }
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = read(descriptor, &buffer, buffer.count)
        return count > 0 ? Array(buffer[..<count]) : nil
    }

    /// CPU time of the calling thread so far.
    static func threadCPUNanoseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now)
        return now.tv_sec * 1_000_000_000 + now.tv_nsec
    }
}
