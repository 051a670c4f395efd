// Push-Location: saves the current location on a stack, then moves to
// -Path (if given).

import ShoalRuntime

final class PushLocationCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Push-Location", synopsis: "Adds the current location to the top of a location stack.",
        parameters: [
            ParameterDescriptor("Path", type: "string", position: 0, pipeline: true, pipelineByPropertyName: true),
            ParameterDescriptor("LiteralPath", type: "string", pipelineByPropertyName: true, aliases: ["PSPath", "LP"]),
            ParameterDescriptor("StackName", type: "string", pipelineByPropertyName: true),
            ParameterDescriptor("PassThru", type: "switch"),
        ],
        description: "Saves the current location on a stack (or a named one, -StackName) and moves to another; Pop-Location returns.",
        examples: [
            HelpExample("Work somewhere and come back",
                        code: "Set-Location /\nPush-Location ([System.IO.Path]::GetTempPath())\nPop-Location\n$PWD.Path",
                        output: "/\n"),
        ])

    func process(_ context: CmdletContext) throws {
        let runspace = context.runspace
        let stackName = context.string("StackName") ?? ""
        guard let written = context.string("LiteralPath") ?? context.string("Path") else {
            LocationStack.push(runspace.locationText, stack: stackName, for: runspace)
            return
        }
        let previous = runspace.locationText
        if try LocationStack.changeToSessionDrive(written, context: context) {
            LocationStack.push(previous, stack: stackName, for: runspace)
            if context.flag("PassThru") { try context.write(.native(runspace.currentPathInfo)) }
            return
        }
        let resolver = PathResolver(context: context)
        let target = context.has("LiteralPath") ? resolver.absolute(written)
            : (try resolver.expand(written).first ?? resolver.absolute(written))
        guard LocationStack.change(to: target, in: runspace) else {
            try resolver.reportNotFound(target)
            return
        }
        LocationStack.push(previous, stack: stackName, for: runspace)
        if context.flag("PassThru") { try context.write(.native(runspace.currentPathInfo)) }
    }
}
