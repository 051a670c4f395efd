// Out-File: writes objects to a file formatted as the terminal would show
// them (tables, lists, strings one per line).

import ShoalRuntime

final class OutFileCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Out-File", synopsis: "Sends output to a file.",
        parameters: [
            ParameterDescriptor("FilePath", type: "string", position: 0, aliases: ["Path"]),
            ParameterDescriptor("LiteralPath", type: "string", aliases: ["PSPath", "LP"]),
            ParameterDescriptor("Encoding", type: "string", position: 1),
            ParameterDescriptor("InputObject", pipeline: true),
            ParameterDescriptor("Append", type: "switch"),
            ParameterDescriptor("NoNewline", type: "switch"),
            ParameterDescriptor("Force", type: "switch"),
            ParameterDescriptor("NoClobber", type: "switch", aliases: ["NoOverwrite"]),
            ParameterDescriptor("Width", type: "int"),
        ],
        confirmImpact: .medium,
        description: "Writes objects to a file as they would print (tables and lists as text); -Append adds, -Encoding and -Width shape the text.",
        examples: [
            HelpExample("Save what a command prints",
                        code: "$file = New-TemporaryFile\n[pscustomobject]@{ A = 1; B = 2 } | Out-File $file\n(Get-Content $file | Where-Object { $_ }).Count\nRemove-Item $file",
                        output: "3\n"),
        ])
    var collected: [Value] = []

    func process(_ context: CmdletContext) throws {
        guard let value = context.value("InputObject") else { return }
        if context.hasPipelineInput { collected.append(value) } else { collected += value.enumeratedItems }
    }

    func end(_ context: CmdletContext) throws {
        guard let written = context.string("LiteralPath") ?? context.string("FilePath") else {
            throw context.terminatingError("Cannot process command because of one or more missing mandatory parameters: FilePath.",
                                           id: "MissingMandatoryParameter", category: .invalidArgument,
                                           exceptionType: "System.Management.Automation.ParameterBindingException")
        }
        // pwsh asks with the path as written, before it resolves it.
        guard try context.shouldProcess(written, action: "Output to File") else { return }
        let path = PathResolver(context: context).absolute(written)
        // As in PowerShell, -Append adds to an existing file even with -NoClobber.
        if context.flag("NoClobber"), !context.flag("Append"), FileSystem.exists(path) {
            throw context.terminatingError("The file '\(path)' already exists.", id: "NoClobber", category: .resourceExists,
                                           exceptionType: "System.IO.IOException", target: .string(path))
        }
        let width = context.value("Width").flatMap { Int(Conversion.toString($0)) } ?? FormatOptions.defaultWidth()
        let options = FormatOptions.forText(width: max(width, 2), style: context.runspace.style)
        var text: String
        if context.flag("NoNewline") {
            // Each object's text without the line breaks that end it.
            text = collected.map { value in
                var piece = OutputFormatter.format([value], options: options, runspace: context.runspace)
                while piece.hasSuffix("\n") { piece.removeLast() }
                return piece
            }.joined()
        } else {
            text = OutputFormatter.format(collected, options: options, runspace: context.runspace)
        }
        if options.removesSequences { text = TerminalText.plain(text) }
        guard FileSystem.write(text, to: path, append: context.flag("Append"), encoding: try TextEncoding.parameter(context)) else {
            let message = FileSystem.isDirectory(path) ? "Access to the path '\(path)' is denied."
                : "Could not find a part of the path '\(path)'."
            throw context.terminatingError(message, id: "FileOpenFailure", category: .openError,
                                           exceptionType: "System.IO.IOException", target: .string(path))
        }
    }
}
