// Add-Content: appends each value as a line to a file, creating it when
// it is missing. Shares its parameters and writing with Set-Content.

import ShoalRuntime

final class AddContentCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Add-Content", synopsis: "Adds content to the specified items, such as adding words to a file.",
        parameters: ContentWriter.parameters,
        parameterSets: ContentWriter.parameterSets, defaultParameterSet: "Path", confirmImpact: .medium,
        description: "Appends lines to a file (creating it when missing), as Set-Content writes them.",
        examples: [
            HelpExample("Append to a log",
                        code: "$log = New-TemporaryFile\nSet-Content $log 'start'\nAdd-Content $log 'step 1', 'step 2'\nGet-Content $log\nRemove-Item $log",
                        output: "start\nstep 1\nstep 2\n"),
            HelpExample("Append a line to every matching file",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-addcontent-2'\n$null = New-Item -ItemType Directory $dir\nSet-Content \"$dir/web.conf\" 'port=80'\nSet-Content \"$dir/db.conf\" 'port=5432'\nAdd-Content \"$dir/*.conf\" '# managed by ops'\nGet-ChildItem $dir | ForEach-Object { \"== $($_.Name)\"; Get-Content $_.FullName }\nRemove-Item -Recurse $dir",
                        output: "== db.conf\nport=5432\n# managed by ops\n== web.conf\nport=80\n# managed by ops\n"),
            HelpExample("Build a line in pieces",
                        code: "$log = New-TemporaryFile\nAdd-Content $log 'backup: ' -NoNewline\nAdd-Content $log 'copying... ' -NoNewline\nAdd-Content $log 'done'\nGet-Content $log\nRemove-Item $log",
                        output: "backup: copying... done\n",
                        remarks: "-NoNewline leaves the line open, so the next Add-Content continues it."),
        ])
    var collected: [Value] = []

    func process(_ context: CmdletContext) throws { collected += ContentWriter.values(in: context) }
    func end(_ context: CmdletContext) throws { try ContentWriter.write(collected, context: context, append: true) }
}
