// Tee-Object: passes every object on down the pipeline and also keeps them
// in a variable (-Variable) or writes them, formatted as the terminal would
// show them, to a file (-FilePath, -Append).

import Glibc
import ShoalRuntime

public final class TeeObjectCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Tee-Object", synopsis: "Saves command output in a file or variable and also sends it down the pipeline.",
        parameters: [
            ParameterDescriptor("FilePath", type: "string", position: 0, aliases: ["Path"], help: "The file to save the input to, formatted as it would print (as Out-File writes it); an existing file is replaced unless -Append is given."),
            ParameterDescriptor("LiteralPath", type: "string", aliases: ["PSPath", "LP"], help: "The file to save the input to, taken as written (no wildcards)."),
            ParameterDescriptor("Variable", type: "string", help: "The name (without $) of a variable to store the input in, as an array when there are several objects."),
            ParameterDescriptor("Append", type: "switch", help: "Adds to the end of the file instead of replacing it."),
            ParameterDescriptor("Encoding", type: "string", help: "The file's text encoding (UTF-8 without a byte order mark by default)."),
            ParameterDescriptor("InputObject", pipeline: true, help: "The objects to save and pass on (piped)."),
        ],
        description: "Writes its input both down the pipeline and to a file (-FilePath) or a variable (-Variable).",
        examples: [
            HelpExample("Keep a copy in a variable",
                        code: "1..3 | Tee-Object -Variable seen | Measure-Object -Sum | ForEach-Object Sum\n$seen -join ','",
                        output: "6\n1,2,3\n"),
            HelpExample("Log what a pipeline does while it goes on",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-teeobject-2'\nNew-Item -ItemType Directory -Force $dir | Out-Null\n$log = Join-Path $dir 'cleanup.log'\n'app.log.1', 'app.log.2', 'app.log.3' | ForEach-Object { \"removed $_\" } |\n    Tee-Object -FilePath $log | Measure-Object | ForEach-Object { \"$($_.Count) files removed\" }\nGet-Content $log\nRemove-Item -Recurse $dir",
                        output: "3 files removed\nremoved app.log.1\nremoved app.log.2\nremoved app.log.3\n"),
            HelpExample("Add each run's output to the same file",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-teeobject-3'\nNew-Item -ItemType Directory -Force $dir | Out-Null\n$log = Join-Path $dir 'health.log'\nforeach ($status in 'web1 ok', 'web1 slow') {\n    $status | Tee-Object -FilePath $log -Append | Out-Null\n}\nGet-Content $log\nRemove-Item -Recurse $dir",
                        output: "web1 ok\nweb1 slow\n"),
        ])
    public init() {}

    var kept: [Value] = []

    public func begin(_ context: CmdletContext) throws {
        let targets = ["FilePath", "LiteralPath", "Variable"].filter { context.has($0) }
        if targets.count > 1 { throw context.ambiguousParameterSet() }
        if targets.isEmpty {
            throw context.terminatingError("Cannot process command because of one or more missing mandatory parameters: FilePath.",
                                           id: "MissingMandatoryParameter", category: .invalidArgument,
                                           exceptionType: "System.Management.Automation.ParameterBindingException")
        }
    }

    public func process(_ context: CmdletContext) throws {
        guard let item = context.currentItem else { return }
        kept.append(item)
        try context.write(item)
    }

    public func end(_ context: CmdletContext) throws {
        if let name = context.string("Variable") {
            context.runspace.setVariable(name, Value.fromOutput(kept))
            return
        }
        guard let written = context.string("FilePath") ?? context.string("LiteralPath") else { return }
        let path = context.runspace.resolvePath(written)
        let encoding = try TextEncoding.parameter(context)
        guard FileSystem.write(OutputFormatter.format(kept, runspace: context.runspace), to: path, append: context.flag("Append"), encoding: encoding) else {
            throw context.terminatingError("Could not find a part of the path '\(path)'.", id: "FileOpenFailure",
                                           category: .openError, exceptionType: "System.IO.DirectoryNotFoundException",
                                           target: .string(path))
        }
    }
}
