// Get-Content: a file's lines (or, with -Raw, its whole text), with
// -TotalCount and -Tail to take the first or last few, decoded with
// -Encoding (a byte-order mark decides first); with -AsByteStream its bytes.
// -Wait then follows the file as `tail -f` does, line by line, until
// Ctrl-C or the pipeline no longer wants more.

import Glibc
import ShoalRuntime

final class GetContentCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Get-Content", synopsis: "Gets the content of the item at the specified location.",
        parameters: PathParameters.pathAndLiteralPath + [
            ParameterDescriptor("TotalCount", type: "long", aliases: ["First", "Head"], help: "Reads only the first N lines."),
            ParameterDescriptor("Tail", type: "int", aliases: ["Last"], help: "Reads only the last N lines."),
            ParameterDescriptor("Raw", type: "switch", help: "Reads the whole file as one string."),
            ParameterDescriptor("Wait", type: "switch", help: "Keeps reading lines as they are appended (Ctrl-C stops)."),
            ParameterDescriptor("Encoding", type: "string", help: "The text encoding (UTF-8 by default)."),
            ParameterDescriptor("AsByteStream", type: "switch", help: "Reads bytes instead of text."),
            ParameterDescriptor("Delimiter", type: "string", help: "The text that ends each piece read, instead of a line break."),
            ParameterDescriptor("ReadCount", type: "long", help: "How many lines each output object holds (0: all in one array)."),
            ParameterDescriptor("Force", type: "switch", help: "Reads hidden files too."),
        ],
        description: "Gets the lines of a file (or the value of an env:, variable:, function: or alias: item); -TotalCount and -Tail take the first or last lines, -Raw the whole text as one string, -Wait keeps reading what is appended.",
        examples: [
            HelpExample("Read the last lines of a file",
                        code: "$log = New-TemporaryFile\nSet-Content $log 'one', 'two', 'three'\nGet-Content $log -Tail 2\nRemove-Item $log",
                        output: "two\nthree\n"),
            HelpExample("Read an environment variable as an item",
                        code: "$env:GREETING = 'hello'\nGet-Content env:GREETING",
                        output: "hello\n"),
        ])

    func begin(_ context: CmdletContext) throws {
        // [ValidateRange(0, ...)] on -Tail and -TotalCount, as pwsh declares them.
        _ = try context.integer("Tail", minimum: 0)
        _ = try context.integer("TotalCount", minimum: 0)
        if context.flag("Raw"), let other = ["TotalCount", "Tail", "Wait"].first(where: context.has) {
            throw context.terminatingError("The 'Raw' and '\(other)' parameters cannot be specified in the same command.",
                                           id: "InvalidOperation", category: .invalidOperation,
                                           exceptionType: "System.Management.Automation.PSInvalidOperationException")
        }
    }

    func process(_ context: CmdletContext) throws {
        if context.has("TotalCount"), context.has("Tail") {
            try context.writeError(ErrorRecord("The parameters TotalCount and Tail cannot be used together. Please specify only one parameter.",
                                               exceptionType: "System.InvalidOperationException", errorId: "TailAndHeadCannotCoexist",
                                               category: .invalidOperation, target: .null))
            return
        }
        if let drivePaths = SessionDrivePath.among(context) {
            for path in drivePaths {
                let values = path.content(context.runspace)
                if values.isEmpty {
                    try context.writeError(path.notFound())
                    continue
                }
                // pwsh reads the last lines only through the file system's reader.
                if let tail = context.value("Tail") {
                    try context.writeError(ErrorRecord("The Tail parameter currently is supported only for the FileSystem provider.",
                                                       exceptionType: "System.InvalidOperationException", errorId: "TailNotSupported",
                                                       category: .invalidOperation, target: tail))
                    continue
                }
                for value in values { try context.write(value) }
            }
            return
        }
        let encoding = try TextEncoding.parameter(context)
        let asBytes = context.flag("AsByteStream")
        if asBytes, context.value("Encoding") != nil {
            try context.writeWarning("Encoding not used when '-AsByteStream' specified.")
        }
        let resolver = PathResolver(context: context)
        for path in try resolver.existingPaths(unmatchedWildcardIsError: true) {
            if FileSystem.isDirectory(path) {
                try context.writeError(ErrorRecord(
                    "Unable to get content because it is a directory: '\(path)'. Please use 'Get-ChildItem' instead.",
                    exceptionType: "System.InvalidOperationException", errorId: "GetContainerContentException",
                    category: .invalidOperation, target: .null))
                continue
            }
            guard let bytes = FileSystem.readBytes(path) else {
                try context.writeError(FileErrors.ioError("Access to the path '\(path)' is denied.",
                                                          id: "GetContentReaderUnauthorizedAccessError", path: path,
                                                          category: .permissionDenied))
                continue
            }
            if asBytes {
                try emitBytes(bytes, context)
            } else {
                try emit(encoding.decode(bytes), context)
            }
            if context.flag("Wait") { try follow(path, from: bytes.count, encoding: encoding, context) }
        }
    }

    /// -Wait: writes each line appended to the file from `offset` on, as it
    /// is completed; a file cut short is read again from its start.
    func follow(_ path: String, from offset: Int, encoding: TextEncoding, _ context: CmdletContext) throws {
        var offset = offset
        var partial: [UInt8] = []
        while true {
            try context.checkStopped()
            var info = stat()
            if stat(path, &info) == 0 {
                let size = Int(info.st_size)
                if size < offset {
                    offset = 0
                    partial = []
                }
                if size > offset, let added = FileSystem.readBytes(path, from: offset), !added.isEmpty {
                    partial += added
                    offset += added.count
                    while let newline = partial.firstIndex(of: 0x0a) {
                        var line = Array(partial[..<newline])
                        partial.removeSubrange(...newline)
                        if line.last == 0x0d { line.removeLast() }
                        try context.write(.string(encoding.decode(line)))
                    }
                    context.runspace.host.flush()
                }
            }
            var pause = timespec(tv_sec: 0, tv_nsec: 200_000_000)
            nanosleep(&pause, nil)
        }
    }

    /// -AsByteStream: each byte (as pwsh's [byte]); with -Raw one array of them all.
    func emitBytes(_ bytes: [UInt8], _ context: CmdletContext) throws {
        var selected = bytes[...]
        if let n = context.integer("TotalCount"), n >= 0 { selected = selected.prefix(n) }
        if let n = context.integer("Tail"), n >= 0 { selected = selected.suffix(n) }
        if context.flag("Raw") {
            if !selected.isEmpty { try context.write(.list(selected.map { .int(Int($0)) })) }
            return
        }
        for byte in selected {
            try context.checkStopped()
            try context.write(.int(Int(byte)))
        }
    }

    func emit(_ text: String, _ context: CmdletContext) throws {
        if context.flag("Raw") {
            // -Raw on an empty file gives nothing at all, not an empty string.
            if !text.isEmpty { try context.write(.string(text)) }
            return
        }
        var lines = TextLines.split(text, delimiter: context.string("Delimiter"))
        if let n = context.integer("TotalCount"), n >= 0 {
            lines = Array(lines.prefix(n))
        }
        if let n = context.integer("Tail"), n >= 0 {
            lines = Array(lines.suffix(n))
        }
        // -ReadCount: lines go on in arrays of that many (0: all in one).
        let readCount = context.integer("ReadCount") ?? 1
        if readCount == 1 {
            for line in lines {
                try context.checkStopped()
                try context.write(.string(line))
            }
            return
        }
        let size = readCount <= 0 ? max(lines.count, 1) : readCount
        for start in stride(from: 0, to: lines.count, by: size) {
            try context.checkStopped()
            try context.write(.list(lines[start..<min(start + size, lines.count)].map(Value.string)))
        }
    }
}

/// Splitting text into lines as .NET's StreamReader.ReadLine does.
enum TextLines {
    /// `\n`, `\r\n` and `\r` all end a line; a final line ending adds no empty line.
    static func split(_ text: String, delimiter: String? = nil) -> [String] {
        if let delimiter, !delimiter.isEmpty, delimiter != "\n" {
            var parts = text.split(separator: delimiter, omittingEmptySubsequences: false).map(String.init)
            if parts.last == "" { parts.removeLast() }
            return parts
        }
        var lines: [String] = []
        var current = ""
        for character in text {
            // Swift reads "\r\n" as one Character.
            if character == "\n" || character == "\r\n" || character == "\r" {
                lines.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }
}
