// Pop-Location: returns to the location most recently pushed.

import ShoalRuntime

final class PopLocationCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Pop-Location", synopsis: "Changes the current location to the location most recently pushed onto the stack.",
        parameters: [
            ParameterDescriptor("StackName", type: "string", pipelineByPropertyName: true, help: "Pops from this named stack instead of the default one; a stack that does not exist is an error."),
            ParameterDescriptor("PassThru", type: "switch", help: "Writes the new location (a PathInfo) to the pipeline."),
        ],
        description: "Returns to the location Push-Location saved last (on the default or a named stack).",
        examples: [
            HelpExample("Back to where you were",
                        code: "Push-Location /etc\nPush-Location /usr\nPop-Location -PassThru | ForEach-Object Path\nPop-Location",
                        output: "/etc\n"),
            HelpExample("A named stack of its own",
                        code: "Push-Location /usr -StackName build\nPush-Location /etc -StackName build\nPop-Location -StackName build -PassThru | ForEach-Object Path\nPop-Location -StackName build",
                        output: "/usr\n",
                        remarks: "Push-Location and Pop-Location with the same -StackName leave the default stack alone."),
            HelpExample("A stack that does not exist",
                        code: "try { Pop-Location -StackName deploy -ErrorAction Stop } catch { $_.Exception.Message }",
                        output: "Cannot find location stack 'deploy'. It does not exist or it is not a container.\n"),
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
        // A location pushed as `/usr/lib` is on the `/` drive, even under a drive's root.
        let drive = runspace.drives.currentDriveName
        if path.hasPrefix("/") { runspace.drives.currentDriveName = nil }
        guard LocationStack.change(to: path, in: runspace) else {
            runspace.drives.currentDriveName = drive
            try PathResolver(context: context).reportNotFound(path)
            return
        }
        if context.flag("PassThru") { try context.write(.native(runspace.currentPathInfo)) }
    }
}
