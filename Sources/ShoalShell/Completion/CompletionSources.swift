// The smaller sources of completion candidates: members of a value, type
// names for `[...]`, environment variable names, files and directories,
// and the executables on PATH (scanned once per PATH and directory change,
// on a background thread, so Tab never waits for a slow directory).

import Glibc
import ShoalLineEditor
import ShoalRuntime
import Synchronization

enum MemberNames {
    /// Properties (and a few methods, written with `(`) of a value.
    static func of(_ value: Value) -> [String] {
        var names: [String]
        switch value {
        case .native(let described as DescribedMembers):
            // Properties, then methods (`Name(`), as the type's member listing declares them.
            let listing = described.memberListing
            names = described.propertyNames + listing.filter { $0.kind == "Method" }.map { $0.name + "(" }
        case .native(let native): names = native.propertyNames
        case .object(let object): names = object.propertyNames
        case .hashtable(let table): names = table.keys.map(Conversion.toString) + HashtableMembers.table.completionNames
        case .error(let record): names = record.propertyNames
        case .array(let array):
            names = ArrayMembers.table.completionNames + (array.items.first.map { of($0) } ?? [])
        case .string:
            names = StringMembers.table.completionNames
        case .scriptBlock: names = ScriptBlockMembers.table.completionNames
        case .int, .double: names = NumberMembers.table.completionNames
        default: names = []
        }
        names.append(contentsOf: ["GetType()", "ToString()"])
        var seen = Set<String>()
        return names.filter { seen.insert($0.lowercased()).inserted }
    }
}

extension ErrorRecord {
    var propertyNames: [String] {
        ["Exception", "TargetObject", "CategoryInfo", "FullyQualifiedErrorId", "ErrorDetails", "InvocationInfo",
         "ScriptStackTrace"]
    }
}

enum TypeNameCatalog {
    /// Type names shoal knows, short (accelerator) names first.
    static let names: [String] = [
        "int", "long", "double", "decimal", "string", "bool", "char", "byte", "array", "hashtable", "ordered",
        "pscustomobject", "psobject", "datetime", "timespan", "regex", "scriptblock", "math", "type", "switch",
        "guid", "version", "uri", "void", "object", "string[]", "int[]", "object[]", "environment", "convert",
        "cultureinfo", "System.TimeZoneInfo", "System.Globalization.CultureInfo",
        "System.Collections.ArrayList", "System.Collections.Generic.List[object]", "System.Text.StringBuilder",
        "System.IO.Path", "System.IO.File", "System.IO.Directory", "System.Diagnostics.Stopwatch",
        "System.Threading.Thread", "System.Management.Automation.Runspaces.RunspaceFactory",
        "System.Management.Automation.PowerShell", "System.Exception", "System.Math", "System.String",
        "System.Int32", "System.DateTime", "System.TimeSpan",
    ]
}

enum EnvironmentNames {
    static func all() -> [String] {
        ProcessEnvironment.entries.compactMap { text in text.firstIndex(of: "=").map { String(text[..<$0]) } }
    }
}

/// Files and directories for the word being typed, relative to the
/// current location; quoted when they hold spaces.
struct FileCompletion {
    let location: String
    /// A directory's entries: the local file system's, or a PSSession's.
    var entries: (String) -> [(name: String, isDirectory: Bool)] = FileCompletion.entries(of:)

    func candidates(for typed: String) -> [CompletionCandidate] {
        var word = typed
        var quote: Character?
        if let first = word.first, first == "'" || first == "\"" {
            quote = first
            word.removeFirst()
            if word.last == first { word.removeLast() }
        }
        let slash = word.lastIndex(of: "/")
        let directoryPart = slash.map { String(word[...$0]) } ?? ""
        let namePrefix = slash.map { String(word[word.index(after: $0)...]) } ?? word
        var directory = directoryPart.isEmpty ? location : directoryPart
        if directory.hasPrefix("~") { directory = (HistoryFile.environment("HOME") ?? "/") + directory.dropFirst() }
        if !directory.hasPrefix("/") { directory = location + "/" + directory }
        let lower = namePrefix.lowercased()
        return entries(directory)
            .filter { $0.name.lowercased().hasPrefix(lower) && ($0.name.first != "." || namePrefix.hasPrefix(".")) }
            .sorted { $0.name.lowercased() < $1.name.lowercased() }
            .map { entry in
                let path = directoryPart + entry.name + (entry.isDirectory ? "/" : "")
                let needsQuote = quote != nil || path.contains(where: { " \t$'\"`&(){};|,@#<>".contains($0) })
                let open = quote ?? "'"
                let text = needsQuote
                    ? String(open) + (open == "'" ? path.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") : path)
                        + (entry.isDirectory ? "" : String(open))
                    : path
                return CompletionCandidate(text, display: entry.name + (entry.isDirectory ? "/" : ""), appendSpace: !entry.isDirectory)
            }
    }

    static func entries(of directory: String) -> [(name: String, isDirectory: Bool)] {
        var result: [(String, Bool)] = []
        for entry in DirectoryListing.entries(directory) ?? [] {
            let name = entry.name
            var isDirectory = entry.type == UInt8(DT_DIR)
            if entry.type == UInt8(DT_LNK) || entry.type == UInt8(DT_UNKNOWN) {
                var info = stat()
                isDirectory = stat(directory + "/" + name, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            }
            result.append((name, isDirectory))
        }
        return result
    }
}

/// The names of the executables on PATH, cached per PATH value and
/// refreshed in the background when a PATH directory changes.
final class ExecutableCache: Sendable {
    private struct Snapshot {
        var path = ""
        var stamps: [String: Int] = [:]
        var names: [String] = []
        var scanning = false
    }

    private let snapshot = Mutex(Snapshot())

    /// The cached names; starts a rescan (in the background) if PATH or a
    /// directory on it changed.
    func names() -> [String] {
        let path = HistoryFile.environment("PATH") ?? ""
        let current = snapshot.withLock { $0 }
        if current.path != path || ExecutableCache.stamps(of: path) != current.stamps { refresh() }
        return current.names
    }

    /// Scans PATH on a background thread.
    func refresh() {
        let start = snapshot.withLock { state -> Bool in
            if state.scanning { return false }
            state.scanning = true
            return true
        }
        guard start else { return }
        startNativeThread { [self] in
            let path = HistoryFile.environment("PATH") ?? ""
            let stamps = ExecutableCache.stamps(of: path)
            let names = ExecutableCache.scan(path)
            snapshot.withLock { $0 = Snapshot(path: path, stamps: stamps, names: names, scanning: false) }
        }
    }

    static func directories(_ path: String) -> [String] {
        path.split(separator: ":").map(String.init).filter { $0.hasPrefix("/") }
    }

    static func stamps(of path: String) -> [String: Int] {
        var result: [String: Int] = [:]
        for directory in directories(path) {
            var info = stat()
            if stat(directory, &info) == 0 { result[directory] = Int(info.st_mtim.tv_sec) }
        }
        return result
    }

    static func scan(_ path: String) -> [String] {
        var seen = Set<String>()
        var names: [String] = []
        for directory in directories(path) {
            for entry in FileCompletion.entries(of: directory) where !entry.isDirectory && seen.insert(entry.name).inserted {
                if access(directory + "/" + entry.name, X_OK) == 0 { names.append(entry.name) }
            }
        }
        return names.sorted()
    }
}
