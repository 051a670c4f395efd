// Write-Warning, Write-Verbose, Write-Debug, Write-Information and Out-Null
// (Out-String lives with the formatting cmdlets).

import ShoalRuntime

public final class WriteWarningCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Write-Warning", synopsis: "Writes a warning message.",
        parameters: [ParameterDescriptor("Message", type: "string", position: 0, mandatory: true, pipeline: true, aliases: ["Msg"], help: "The warning text, shown as WARNING: text unless $WarningPreference or -WarningAction says otherwise.")],
        description: "Writes a warning to the warning stream (shown as `WARNING:`); $WarningPreference and -WarningAction decide what happens.",
        examples: [
            HelpExample("Capture a warning",
                        code: "Write-Warning 'low disk' 3>&1 | ForEach-Object Message",
                        output: "low disk\n"),
            HelpExample("Collect warnings quietly with -WarningVariable",
                        code: "$disks = @{ '/' = 45; '/var' = 91; '/data' = 97 }\nforeach ($mount in $disks.Keys | Sort-Object) {\n    if ($disks[$mount] -ge 90) {\n        Write-Warning \"$mount is $($disks[$mount])% full\" -WarningAction SilentlyContinue -WarningVariable +full\n    }\n}\n\"$($full.Count) disks nearly full:\"\n$full | ForEach-Object { \"  $_\" }",
                        output: "2 disks nearly full:\n  /data is 97% full\n  /var is 91% full\n",
                        remarks: "The + in -WarningVariable +full adds to the variable instead of replacing it."),
            HelpExample("Stop on a warning",
                        code: "try {\n    Write-Warning 'certificate expires in 5 days' -WarningAction Stop\n} catch {\n    $_.Exception.Message\n}",
                        output: "The running command stopped because the preference variable \"WarningPreference\" or common parameter is set to Stop: certificate expires in 5 days\n",
                        remarks: "With Stop (as -WarningAction or $WarningPreference), a warning becomes an error the script can catch."),
        ])
    public init() {}
    public func process(_ context: CmdletContext) throws { try context.writeWarning(context.string("Message") ?? "") }
}

public final class WriteVerboseCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Write-Verbose", synopsis: "Writes text to the verbose message stream.",
        parameters: [ParameterDescriptor("Message", type: "string", position: 0, mandatory: true, pipeline: true, aliases: ["Msg"], help: "The message, shown as VERBOSE: message only with -Verbose or $VerbosePreference = 'Continue'.")],
        description: "Writes a message to the verbose stream, shown only with -Verbose or $VerbosePreference = 'Continue'.",
        examples: [
            HelpExample("Show verbose messages",
                        code: "Write-Verbose 'step 1' -Verbose 4>&1 | ForEach-Object Message",
                        output: "step 1\n"),
            HelpExample("Quiet unless the caller asks with -Verbose",
                        code: "function Sync-Folder {\n    [CmdletBinding()] param()\n    Write-Verbose 'Connecting'\n    'synced'\n    Write-Verbose 'Done'\n}\nSync-Folder\nSync-Folder -Verbose 4>&1 | ForEach-Object { \"$_\" }",
                        output: "synced\nConnecting\nsynced\nDone\n",
                        remarks: "[CmdletBinding()] gives the function -Verbose; 4>&1 merges the verbose messages into the output."),
            HelpExample("Keep verbose messages in a log file",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-writeverbose-3'\nNew-Item -ItemType Directory -Force $dir | Out-Null\n$log = Join-Path $dir 'sync.log'\n& { Write-Verbose 'Connecting' -Verbose; 'synced'; Write-Verbose 'Done' -Verbose } 4> $log\nGet-Content $log\nRemove-Item -Recurse $dir",
                        output: "synced\nVERBOSE: Connecting\nVERBOSE: Done\n"),
        ])
    public init() {}
    public func process(_ context: CmdletContext) throws { try context.writeVerbose(context.string("Message") ?? "") }
}

public final class WriteDebugCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Write-Debug", synopsis: "Writes a debug message.",
        parameters: [ParameterDescriptor("Message", type: "string", position: 0, mandatory: true, pipeline: true, aliases: ["Msg"], help: "The message, shown as DEBUG: message only with -Debug or $DebugPreference = 'Continue'.")],
        description: "Writes a message to the debug stream, shown with -Debug or $DebugPreference.",
        examples: [
            HelpExample("Show a debug message",
                        code: "Write-Debug 'x=1' -Debug 5>&1 | ForEach-Object Message",
                        output: "x=1\n"),
            HelpExample("Debug output from an advanced function",
                        code: "function Get-Config {\n    [CmdletBinding()] param($Name)\n    Write-Debug \"Reading config for $Name\"\n    \"$Name=8080\"\n}\nGet-Config web\nGet-Config web -Debug 5>&1 | ForEach-Object { \"$_\" }",
                        output: "web=8080\nReading config for web\nweb=8080\n",
                        remarks: "-Debug shows the messages and goes on without asking; 5>&1 merges them into the output."),
            HelpExample("Turn debug messages on for a block",
                        code: "& {\n    $DebugPreference = 'Continue'\n    Write-Debug 'cache miss for web1'\n    'fetched web1'\n} 5>&1 | ForEach-Object { \"$_\" }",
                        output: "cache miss for web1\nfetched web1\n",
                        remarks: "The preference set inside the script block ends with it."),
        ])
    public init() {}
    public func process(_ context: CmdletContext) throws { try context.writeDebug(context.string("Message") ?? "") }
}

public final class WriteInformationCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Write-Information", synopsis: "Writes to the information stream.",
        parameters: [
            ParameterDescriptor("MessageData", position: 0, mandatory: true, pipeline: true, aliases: ["Msg", "Message"], help: "The message; hidden unless -InformationAction or $InformationPreference is Continue, but kept for 6>&1 and -InformationVariable. shoal stores it as a string."),
            ParameterDescriptor("Tags", type: "string[]", help: "Tags for the record (its Tags property), to filter the messages by later."),
        ],
        description: "Writes a record to the information stream (6), with tags; Write-Host writes there too.",
        examples: [
            HelpExample("Collect information records",
                        code: "Write-Information 'ready' -Tags Startup 6>&1 | ForEach-Object { \"$($_.Tags): $($_.MessageData)\" }",
                        output: "Startup: ready\n"),
            HelpExample("Show progress messages",
                        code: "Write-Information 'Deploying version 1.2' -InformationAction Continue\n'deployed'",
                        output: "Deploying version 1.2\ndeployed\n"),
            HelpExample("Collect messages and filter them by tag",
                        code: "Write-Information 'Deploying version 1.2' -Tags Deploy -InformationVariable +messages -InformationAction SilentlyContinue\nWrite-Information 'User ops2 added to admins' -Tags Audit -InformationVariable +messages -InformationAction SilentlyContinue\n$messages | Where-Object Tags -contains 'Audit' | ForEach-Object MessageData",
                        output: "User ops2 added to admins\n"),
        ])
    public init() {}
    public func process(_ context: CmdletContext) throws {
        let message = Conversion.toString(context.value("MessageData") ?? .null)
        let tags = context.value("Tags")?.strings ?? []
        try context.writeInformation(.native(InformationalRecord(kind: .information, message: message, tags: tags)))
    }
}

public final class OutNullCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Out-Null", synopsis: "Hides the output instead of sending it down the pipeline.",
        parameters: [ParameterDescriptor("InputObject", pipeline: true, help: "The objects to discard (piped).")],
        description: "Discards its input.",
        examples: [
            HelpExample("Silence a command",
                        code: "New-Item -ItemType Directory -Force ([System.IO.Path]::GetTempPath()) | Out-Null",
                        output: "",
                        remarks: "Nothing is printed."),
            HelpExample("Drop the values that methods return",
                        code: "$queue = [System.Collections.ArrayList]::new()\n$queue.Add('web1') | Out-Null\n$queue.Add('web2') | Out-Null\n\"$($queue.Count) hosts queued\"",
                        output: "2 hosts queued\n",
                        remarks: "ArrayList.Add returns the new item's index, which would otherwise print."),
            HelpExample("The pipeline still runs",
                        code: "1..3 | ForEach-Object { Write-Host \"processing $_\"; $_ * 2 } | Out-Null",
                        output: "processing 1\nprocessing 2\nprocessing 3\n",
                        remarks: "Only the output is dropped: host messages, warnings and errors still show."),
        ])
    public init() {}
}
