// Out-File: writes objects to a file formatted as the terminal would show
// them (tables, lists, strings one per line).

import ShoalRuntime

final class OutFileCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Out-File", synopsis: "Sends output to a file.",
        parameters: [
            ParameterDescriptor("FilePath", type: "string", position: 0, aliases: ["Path"], help: "The file to write; it is created, or replaced unless -Append is given."),
            ParameterDescriptor("LiteralPath", type: "string", aliases: ["PSPath", "LP"], help: "The file to write, taken as written (no wildcards)."),
            ParameterDescriptor("Encoding", type: "string", position: 1, help: "The text encoding (utf8NoBOM by default), as for Set-Content."),
            ParameterDescriptor("InputObject", pipeline: true, help: "The objects to write, formatted as the console shows them; usually piped."),
            ParameterDescriptor("Append", type: "switch", help: "Adds to the end of the file instead of replacing it."),
            ParameterDescriptor("NoNewline", type: "switch", help: "Writes each object's text without the line breaks that end it."),
            ParameterDescriptor("Force", type: "switch", help: "Accepted for compatibility; the file's permissions decide whether it can be written."),
            ParameterDescriptor("NoClobber", type: "switch", aliases: ["NoOverwrite"], help: "Stops with an error instead of replacing a file that exists (-Append still adds to it)."),
            ParameterDescriptor("Width", type: "int", help: "The line width tables and lists are laid out for (the console's width by default, else 120)."),
        ],
        confirmImpact: .medium,
        description: "Writes objects to a file as they would print (tables and lists as text); -Append adds, -Encoding and -Width shape the text.",
        examples: [
            HelpExample("Save what a command prints",
                        code: "$file = New-TemporaryFile\n[pscustomobject]@{ A = 1; B = 2 } | Out-File $file\n(Get-Content $file | Where-Object { $_ }).Count\nRemove-Item $file",
                        output: "3\n"),
            HelpExample("Save a report as it would print",
                        code: "$report = New-TemporaryFile\n@(\n    [pscustomobject]@{ Host = 'web1'; Status = 'Up'; Ms = 12 }\n    [pscustomobject]@{ Host = 'db1'; Status = 'Down'; Ms = 0 }\n) | Out-File $report\nGet-Content $report\nRemove-Item $report",
                        output: "\nHost Status Ms\n---- ------ --\nweb1 Up     12\ndb1  Down    0\n\n"),
            HelpExample("Append, or refuse to overwrite",
                        code: "$log = New-TemporaryFile\n'run 1 ok' | Out-File $log\n'run 2 ok' | Out-File $log -Append\ntry { 'run 3' | Out-File $log -NoClobber -ErrorAction Stop } catch { 'refused: the file exists' }\nGet-Content $log\nRemove-Item $log",
                        output: "refused: the file exists\nrun 1 ok\nrun 2 ok\n"),
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
