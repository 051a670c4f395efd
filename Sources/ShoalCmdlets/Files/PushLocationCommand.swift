// Push-Location: saves the current location on a stack, then moves to
// -Path (if given).

import ShoalRuntime

final class PushLocationCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Push-Location", synopsis: "Adds the current location to the top of a location stack.",
        parameters: [
            ParameterDescriptor("Path", type: "string", position: 0, pipeline: true, pipelineByPropertyName: true, help: "Where to go after saving the current location; wildcards are allowed. Without a path, only saves."),
            ParameterDescriptor("LiteralPath", type: "string", pipelineByPropertyName: true, aliases: ["PSPath", "LP"], help: "Where to go, taken as written (no wildcards)."),
            ParameterDescriptor("StackName", type: "string", pipelineByPropertyName: true, help: "Saves onto this named stack instead of the default one."),
            ParameterDescriptor("PassThru", type: "switch", help: "Writes the new location (a PathInfo) to the pipeline."),
        ],
        description: "Saves the current location on a stack (or a named one, -StackName) and moves to another; Pop-Location returns.",
        examples: [
            HelpExample("Work somewhere and come back",
                        code: "$before = $PWD.Path\nPush-Location /usr/bin\n$PWD.Path\nPop-Location\n$PWD.Path -eq $before",
                        output: "/usr/bin\nTrue\n"),
            HelpExample("Always come back, even after an error",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-pushlocation-2'\n$null = New-Item -ItemType Directory \"$dir/build\"\nPush-Location \"$dir/build\"\ntry {\n    Set-Content output.txt 'built'\n    Get-ChildItem -Name\n} finally {\n    Pop-Location\n}\nGet-Content \"$dir/build/output.txt\"\nRemove-Item -Recurse $dir",
                        output: "output.txt\nbuilt\n",
                        remarks: "Relative paths inside the block are relative to the pushed location."),
        ])

    func process(_ context: CmdletContext) throws {
        let runspace = context.runspace
        let stackName = context.string("StackName") ?? ""
        guard let written = context.string("LiteralPath") ?? context.string("Path") else {
            LocationStack.push(runspace.locationText, stack: stackName, for: runspace)
            return
        }
        let previous = runspace.locationText
        // Where it goes, and how (drives, wildcards, `..`), is Set-Location's.
        guard try SetLocationCommand.change(to: written, literal: context.has("LiteralPath"), context: context) else { return }
        LocationStack.push(previous, stack: stackName, for: runspace)
        if context.flag("PassThru") { try context.write(.native(runspace.currentPathInfo)) }
    }
}
