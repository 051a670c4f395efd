// What Set-Content and Add-Content share: their parameters, collecting
// the -Value objects (given or piped), and writing them one per line in
// the -Encoding asked for, or with -AsByteStream as the bytes they are.

import ShoalRuntime

enum ContentWriter {
    /// pwsh's two sets: wildcard paths or literal ones. (Which one a call
    /// names decides where a positional value goes.)
    static let parameterSets = [ParameterSetDescriptor("Path", ["Path"]), ParameterSetDescriptor("LiteralPath", ["LiteralPath"])]

    static let parameters: [ParameterDescriptor] = [
        // Mandatory in its parameter set: one of -Path and -LiteralPath (checked in `write`).
        ParameterDescriptor("Path", type: "string[]", position: 0, pipelineByPropertyName: true, help: "The files to write; wildcards are allowed, and a file that does not exist is created."),
        ParameterDescriptor("LiteralPath", type: "string[]", pipelineByPropertyName: true, aliases: ["PSPath", "LP"], help: "The files to write, taken as written (no wildcards)."),
        ParameterDescriptor("Value", type: "object[]", position: 1, pipeline: true, help: "The objects to write, one line each as their string form; also taken from the pipeline."),
        ParameterDescriptor("NoNewline", type: "switch", help: "Writes the values' text run together, with no line breaks."),
        ParameterDescriptor("PassThru", type: "switch", help: "Writes the values to the pipeline too."),
        ParameterDescriptor("Force", type: "switch", help: "Accepted for compatibility; the file's permissions decide whether it can be written."),
        ParameterDescriptor("Encoding", type: "string", help: "The text encoding: utf8NoBOM by default, or utf8BOM, unicode (UTF-16LE), bigendianunicode, utf32, ascii, latin1, ansi and the like."),
        ParameterDescriptor("AsByteStream", type: "switch", help: "Writes the values as bytes (numbers from 0 to 255) instead of text."),
    ]

    /// The text of the collected values: each value's string and a newline,
    /// or the strings run together with -NoNewline.
    static func text(of values: [Value], noNewline: Bool) -> String {
        let strings = values.map(Conversion.toString)
        return noNewline ? strings.joined() : strings.map { $0 + "\n" }.joined()
    }

    /// Writes the values to every path; Set-Content replaces, Add-Content appends.
    static func write(_ values: [Value], context: CmdletContext, append: Bool) throws {
        guard context.has("Path") || context.has("LiteralPath") else {
            throw context.terminatingError("Cannot process command because of one or more missing mandatory parameters: Path.",
                                           id: "MissingMandatoryParameter", category: .invalidArgument,
                                           exceptionType: "System.Management.Automation.ParameterBindingException")
        }
        let resolver = PathResolver(context: context)
        let (requested, literal) = resolver.requestedPaths()
        let bytes: (Bool) -> [UInt8]
        if context.flag("AsByteStream") {
            if context.value("Encoding") != nil {
                try context.writeWarning("Encoding not used when '-AsByteStream' specified.")
            }
            let raw = try values.flatMap(\.enumeratedItems).map { item -> UInt8 in
                UInt8(try TypeConversion.integer(item, "System.Byte", in: 0...255, context.span))
            }
            bytes = { _ in raw }
        } else {
            let encoding = try TextEncoding.parameter(context)
            let encoded = encoding.encode(text(of: values, noNewline: context.flag("NoNewline")))
            bytes = { fileIsEmpty in (fileIsEmpty ? encoding.preamble : []) + encoded }
        }
        for request in requested {
            var targets = try resolver.expand(request, literal: literal)
            if targets.isEmpty, !literal { targets = [resolver.absolute(request)] }
            for path in targets {
                guard try context.shouldProcess("Path: \(path)", action: append ? "Add Content" : "Set Content") else { continue }
                if FileSystem.isDirectory(path) {
                    try context.writeError(ErrorRecord("Access to the path '\(path)' is denied.",
                                                       exceptionType: "System.UnauthorizedAccessException",
                                                       errorId: "GetContentWriterUnauthorizedAccessError",
                                                       category: .permissionDenied, target: .string(path)))
                    continue
                }
                guard FileSystem.writeBytes(to: path, append: append, bytes) else {
                    let parent = PathText.parent(path)
                    let message = FileSystem.isDirectory(parent) ? "Access to the path '\(path)' is denied."
                        : "Could not find a part of the path '\(path)'."
                    try context.writeError(FileErrors.ioError(message, id: FileSystem.isDirectory(parent)
                        ? "GetContentWriterUnauthorizedAccessError" : "GetContentWriterDirectoryNotFoundError", path: path))
                    continue
                }
                if context.flag("PassThru") { for value in values { try context.write(value) } }
            }
        }
    }

    /// The values of one process call: -Value's items, or the piped object.
    static func values(in context: CmdletContext) -> [Value] {
        context.value("Value")?.enumeratedItems ?? []
    }
}
