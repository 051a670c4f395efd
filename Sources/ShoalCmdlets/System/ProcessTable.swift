// Reads the process table from /proc. A process that exits while it is
// being read is simply left out, as .NET's Process.GetProcesses does.

import Glibc
import ShoalRuntime

enum ProcessTable {
    static func all() -> [ProcessObject] {
        CommandCatalog.entries(of: "/proc").compactMap { Int($0) }.sorted().compactMap(read)
    }

    static func read(_ id: Int) -> ProcessObject? {
        guard let stat = readTextFile("/proc/\(id)/stat"),
              let open = stat.firstIndex(of: "("), let close = stat.lastIndex(of: ")") else { return nil }
        let comm = String(stat[stat.index(after: open)..<close])
        // Fields after the name, numbered from 3 (state) as in proc(5).
        let fields = stat[stat.index(after: close)...].split(separator: " ").map(String.init)
        func field(_ number: Int) -> Int { fields.indices.contains(number - 3) ? Int(fields[number - 3]) ?? 0 : 0 }
        let ticksPerSecond = Double(sysconf(Int32(_SC_CLK_TCK)))
        let arguments = (readTextFile("/proc/\(id)/cmdline") ?? "").split(separator: "\0", omittingEmptySubsequences: false)
            .map(String.init)
        let commandLine = arguments.filter { !$0.isEmpty }.joined(separator: " ")
        let startSeconds = Double(field(22)) / ticksPerSecond
        let startUnix = bootTime + startSeconds
        let start = LocalTime.fromUnixSeconds(Int(startUnix), fraction: Int((startUnix - startUnix.rounded(.down)) * 1e7))
        return ProcessObject(id: id, name: processName(comm: comm, arguments: arguments),
                             cpuSeconds: Double(field(14) + field(15)) / ticksPerSecond,
                             workingSet: field(24) * Int(sysconf(Int32(_SC_PAGESIZE))), startTime: start,
                             path: executablePath(id), commandLine: commandLine, parentId: field(4), sessionId: field(6),
                             pagedMemory: swappedBytes(id))
    }

    /// The kernel cuts `comm` to 15 bytes; like .NET, prefer the program
    /// name from the command line when it extends the cut name.
    static func processName(comm: String, arguments: [String]) -> String {
        guard comm.utf8.count >= 15, let first = arguments.first, !first.isEmpty else { return comm }
        let program = String(first.split(separator: "/").last ?? "")
        return program.hasPrefix(comm) ? program : comm
    }

    /// VmSwap from /proc/<id>/status, in bytes (.NET's PagedMemorySize64 on Linux).
    static func swappedBytes(_ id: Int) -> Int {
        for line in (readTextFile("/proc/\(id)/status") ?? "").split(separator: "\n") where line.hasPrefix("VmSwap:") {
            return (Int(line.dropFirst(7).split(separator: " ").first ?? "") ?? 0) * 1024
        }
        return 0
    }

    static func executablePath(_ id: Int) -> String? {
        var buffer = [CChar](repeating: 0, count: 4096)
        let length = readlink("/proc/\(id)/exe", &buffer, buffer.count - 1)
        guard length > 0 else { return nil }
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `btime` from /proc/stat: when the machine booted, in Unix seconds.
    static var bootTime: Double {
        let text = readTextFile("/proc/stat") ?? ""
        for line in text.split(separator: "\n") where line.hasPrefix("btime ") {
            return Double(String(line.dropFirst(6)).trimmingCharacters()) ?? 0
        }
        return 0
    }

    /// PowerShell's non-terminating errors for a name or id that matches nothing.
    static func notFound(name: String, _ context: CmdletContext) throws {
        try context.writeError("Cannot find a process with the name \"\(name)\". Verify the process name and call the cmdlet again.",
                               id: "NoProcessFoundForGivenName", category: .objectNotFound, target: .string(name),
                               exceptionType: "Microsoft.PowerShell.Commands.ProcessCommandException")
    }

    static func notFound(id: Int, _ context: CmdletContext) throws {
        try context.writeError("Cannot find a process with the process identifier \(id).", id: "NoProcessFoundForGivenId",
                               category: .objectNotFound, target: .int(id),
                               exceptionType: "Microsoft.PowerShell.Commands.ProcessCommandException")
    }

    /// The processes `-Name` (wildcards) or `-Id` select, errors written for misses.
    static func selected(_ context: CmdletContext) throws -> [ProcessObject] {
        if let ids = context.value("Id")?.enumeratedItems {
            var result: [ProcessObject] = []
            for item in ids {
                let id = Int(StartSleepCommand.number(item) ?? -1)
                if let process = read(id) { result.append(process) } else { try notFound(id: id, context) }
            }
            return result
        }
        let processes = all()
        guard let names = context.value("Name")?.strings else { return processes }
        var result: [ProcessObject] = []
        for name in names {
            let pattern = Wildcard(name)
            let matches = processes.filter { pattern.matches($0.name) }
            if matches.isEmpty, pattern.isLiteral { try notFound(name: name, context) }
            result += matches.filter { match in !result.contains { $0.id == match.id } }
        }
        return result.sorted { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }
    }
}
