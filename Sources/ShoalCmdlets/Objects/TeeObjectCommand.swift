// Tee-Object: passes every object on down the pipeline and also keeps them
// in a variable (-Variable) or writes them, formatted as the terminal would
// show them, to a file (-FilePath, -Append).

import Glibc
import ShoalRuntime

public final class TeeObjectCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Tee-Object", synopsis: "Saves command output in a file or variable and also sends it down the pipeline.",
        parameters: [
            ParameterDescriptor("FilePath", type: "string", position: 0, aliases: ["Path"]),
            ParameterDescriptor("LiteralPath", type: "string", aliases: ["PSPath", "LP"]),
            ParameterDescriptor("Variable", type: "string"),
            ParameterDescriptor("Append", type: "switch"),
            ParameterDescriptor("Encoding", type: "string"),
            ParameterDescriptor("InputObject", pipeline: true),
        ],
        description: "Writes its input both down the pipeline and to a file (-FilePath) or a variable (-Variable).",
        examples: [
            HelpExample("Keep a copy in a variable",
                        code: "1..3 | Tee-Object -Variable seen | Measure-Object -Sum | ForEach-Object Sum\n$seen -join ','",
                        output: "6\n1,2,3\n"),
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
