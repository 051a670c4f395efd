// Pop-Location: returns to the location most recently pushed.

import ShoalRuntime

final class PopLocationCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Pop-Location", synopsis: "Changes the current location to the location most recently pushed onto the stack.",
        parameters: [
            ParameterDescriptor("StackName", type: "string", pipelineByPropertyName: true),
            ParameterDescriptor("PassThru", type: "switch"),
        ],
        description: "Returns to the location Push-Location saved last (on the default or a named stack).",
        examples: [
            HelpExample("Back to where you were",
                        code: "Set-Location /\nPush-Location /usr\nPop-Location -PassThru | ForEach-Object Path",
                        output: "/\n"),
        ])

    func process(_ context: CmdletContext) throws {
        let runspace = context.runspace
        let stackName = context.string("StackName") ?? ""
        // An empty default stack is not an error in PowerShell; a named one that is missing is.
        guard let path = LocationStack.pop(stack: stackName, for: runspace) else {
            if !stackName.isEmpty {
                throw context.terminatingError("Cannot find location stack '\(stackName)'. It does not exist or it is not a container.",
                                               id: "Argument", category: .invalidArgument,
                                               exceptionType: "System.Management.Automation.PSArgumentException")
            }
            return
        }
        guard LocationStack.change(to: path, in: runspace) else {
            try PathResolver(context: context).reportNotFound(path)
            return
        }
        if context.flag("PassThru") { try context.write(.native(runspace.currentPathInfo)) }
    }
}
