// Start-Process: starts a program and returns at once (or, with -Wait,
// when it ends), as pwsh does on Linux: the program shares the terminal
// and the shell's process group, its arguments are -ArgumentList joined
// with spaces and split again as .NET splits a command line, its standard
// streams may go to files, and it is not a job: it outlives the shell.

import CShoal
import Glibc
import ShoalRuntime

final class StartProcessCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Start-Process", synopsis: "Starts one or more processes on the local computer.",
        parameters: [
            ParameterDescriptor("FilePath", type: "string", position: 0, aliases: ["PSPath", "Path"], help: "The program to run: a name found on PATH, or the path of an executable file."),
            ParameterDescriptor("ArgumentList", type: "string[]", position: 1, aliases: ["Args"], help: "The program's arguments, joined with spaces and split again as a command line, so an argument with spaces needs its own double quotes."),
            ParameterDescriptor("WorkingDirectory", type: "string", help: "The folder the program starts in (the shell's current location by default); a folder that does not exist is an error."),
            ParameterDescriptor("PassThru", type: "switch", help: "Writes a process object for the program, with its Id, HasExited, ExitCode and WaitForExit()."),
            ParameterDescriptor("Wait", type: "switch", help: "Waits for the program to exit before going on; Ctrl-C stops the wait."),
            ParameterDescriptor("NoNewWindow", type: "switch", aliases: ["nnw"], help: "Accepted for compatibility; on Linux the program always shares the shell's terminal."),
            ParameterDescriptor("RedirectStandardInput", type: "string", aliases: ["RSI"], help: "A file the program reads as its standard input; it must exist."),
            ParameterDescriptor("RedirectStandardOutput", type: "string", aliases: ["RSO"], help: "A file that receives the program's standard output, replacing what it held."),
            ParameterDescriptor("RedirectStandardError", type: "string", aliases: ["RSE"], help: "A file that receives the program's standard error, replacing what it held; it must not be the file of another redirection."),
            ParameterDescriptor("Environment", type: "hashtable", help: "Environment variables for the program, as a hashtable added to the shell's environment; a $null value removes a variable."),
            ParameterDescriptor("UseNewEnvironment", type: "switch", help: "Starts the program with an empty environment (plus -Environment) instead of the shell's."),
            ParameterDescriptor("WindowStyle", type: "string", help: "Windows only: on Linux, giving it is an error."),
            ParameterDescriptor("Verb", type: "string", help: "Windows only (such as RunAs): on Linux, giving it is an error."),
        ],
        confirmImpact: .medium,
        description: "Starts a program: -ArgumentList, -WorkingDirectory, -Wait, -PassThru (a process object) and -RedirectStandardOutput/Error/Input.",
        examples: [
            HelpExample("Run a program and capture its output",
                        code: "$out = New-TemporaryFile\nStart-Process /bin/echo -ArgumentList hello -RedirectStandardOutput $out -Wait\nGet-Content $out\nRemove-Item $out",
                        output: "hello\n"),
            HelpExample("Set the folder and environment, and read the exit code",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-startprocess-2'\nNew-Item -ItemType Directory -Path $dir -Force | Out-Null\n$script = '\"echo deployed to $DEPLOY_ENV > deploy.log; exit 3\"'\n$p = Start-Process sh -ArgumentList '-c', $script -WorkingDirectory $dir -Environment @{ DEPLOY_ENV = 'staging' } -Wait -PassThru\nGet-Content -Path (Join-Path $dir 'deploy.log')\n$p.ExitCode\nRemove-Item -Path $dir -Recurse",
                        output: "deployed to staging\n3\n",
                        remarks: "The arguments are joined with spaces and split again as a command line, so an argument with spaces needs its own double quotes. -Environment adds to (or, with $null, removes from) the shell's environment; -UseNewEnvironment starts from an empty one."),
            HelpExample("Feed a file to a program's standard input",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-startprocess-3'\nNew-Item -ItemType Directory -Path $dir -Force | Out-Null\n$hosts = Join-Path $dir 'hosts.txt'\n$sorted = Join-Path $dir 'sorted.txt'\nSet-Content -Path $hosts -Value 'web2', 'db1', 'web1'\nStart-Process sort -RedirectStandardInput $hosts -RedirectStandardOutput $sorted -Wait\nGet-Content $sorted\nRemove-Item -Path $dir -Recurse",
                        output: "db1\nweb1\nweb2\n",
                        remarks: "Without -Wait, Start-Process returns at once and the program runs on; without redirection, it writes straight to the terminal."),
        ])

    func end(_ context: CmdletContext) throws {
        for unsupported in ["Verb", "WindowStyle"] where context.has(unsupported) {
            throw context.terminatingError("The parameter '-\(unsupported)' is not supported for the cmdlet 'Start-Process' on this edition of PowerShell.",
                                           id: "NotSupportedException", category: .notImplemented, exceptionType: "System.NotSupportedException")
        }
        guard let filePath = context.string("FilePath"), !filePath.isEmpty else {
            throw context.terminatingError("Cannot process command because of one or more missing mandatory parameters: FilePath.",
                                           id: "MissingMandatoryParameter", category: .invalidArgument,
                                           exceptionType: "System.Management.Automation.ParameterBindingException")
        }
        let runspace = context.runspace
        let resolver = PathResolver(context: context)
        var directory = runspace.location
        if let given = context.string("WorkingDirectory") {
            directory = resolver.absolute(given)
            guard FileSystem.isDirectory(directory) else {
                try context.writeError(ErrorRecord("The value of the WorkingDirectory parameter is invalid.",
                                                   exceptionType: "System.IO.DirectoryNotFoundException", errorId: "DirectoryNotFoundException",
                                                   category: .invalidOperation, target: .null))
                return
            }
        }
        let expanded = filePath == "~" || filePath.hasPrefix("~/") ? runspace.resolvePath(filePath) : filePath
        guard let program = runspace.findExecutable(expanded) else {
            throw context.terminatingError(
                "This command cannot be run due to the error: An error occurred trying to start process '\(filePath)' with working directory '\(directory)'. No such file or directory",
                id: "InvalidOperationException", category: .invalidOperation, exceptionType: "System.InvalidOperationException")
        }
        let arguments = NativeArgumentPassing.splitCommandLine((context.value("ArgumentList")?.enumeratedItems ?? [])
            .map(Conversion.toString).joined(separator: " "))

        var redirects: [(name: String, path: String)] = []
        for name in ["RedirectStandardInput", "RedirectStandardOutput", "RedirectStandardError"] {
            if let path = context.string(name) { redirects.append((name, resolver.absolute(path))) }
        }
        for (index, first) in redirects.enumerated() {
            for second in redirects[(index + 1)...] where first.path == second.path {
                try context.writeError(ErrorRecord("Cannot run the Start-Process command because the parameters \"\(first.name)\" and \"\(second.name)\" have the same value. Specify different values for these two parameters and then try the command again.",
                                                   exceptionType: "System.InvalidOperationException", errorId: "InvalidOperationException",
                                                   category: .invalidOperation, target: .null))
                return
            }
        }
        if let input = redirects.first(where: { $0.name == "RedirectStandardInput" }), !FileSystem.exists(input.path) {
            try context.writeError(ErrorRecord("This command cannot be run completely because the system cannot find all the information required.",
                                               exceptionType: "System.IO.FileNotFoundException", errorId: "FileNotFoundException",
                                               category: .invalidOperation, target: .null))
            return
        }

        var environment = context.flag("UseNewEnvironment") ? [:] : StartProcessCommand.environmentTable()
        if case .hashtable(let table)? = context.value("Environment") {
            for (key, value) in table.entries {
                let name = Conversion.toString(key)
                if value.isNull { environment.removeValue(forKey: name) } else { environment[name] = Conversion.toString(value) }
            }
        }

        // pwsh's target: the program and its arguments, joined and trimmed (then a space).
        let target = ([program] + arguments).joined(separator: " ")
        guard try context.shouldProcess(arguments.isEmpty ? program + " " : target, action: "Start-Process") else { return }
        // What the shell wrote so far comes before what the program writes.
        runspace.host.flushPendingOutput()
        let pid = try spawn(program, arguments, directory: directory, redirects: redirects, environment: environment, context: context)
        let name = String(program.split(separator: "/").last ?? Substring(program))
        let process = StartedProcess(id: pid, name: name, path: program)
        if context.flag("Wait") {
            _ = process.waitForExit(seconds: nil, stop: runspace.stopSignal)
            try context.checkStopped()
        }
        if context.flag("PassThru") { try context.write(.native(process)) }
    }

    private func spawn(_ program: String, _ arguments: [String], directory: String, redirects: [(name: String, path: String)],
                       environment: [String: String], context: CmdletContext) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for (name, path) in redirects {
            switch name {
            case "RedirectStandardInput": posix_spawn_file_actions_addopen(&actions, 0, path, O_RDONLY, 0)
            case "RedirectStandardOutput": posix_spawn_file_actions_addopen(&actions, 1, path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            default: posix_spawn_file_actions_addopen(&actions, 2, path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            }
        }
        cshoal_spawn_add_chdir(&actions, directory)
        cshoal_spawn_add_closefrom(&actions, 3)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        SpawnSignals.apply(to: &attributes)
        let argv: [UnsafeMutablePointer<CChar>?] = ([program] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let envp: [UnsafeMutablePointer<CChar>?] = environment.sorted { $0.key < $1.key }.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in envp { free(pointer) } }
        var pid = pid_t()
        let status = posix_spawn(&pid, program, &actions, &attributes, argv, envp)
        guard status == 0 else {
            throw context.terminatingError(
                "This command cannot be run due to the error: An error occurred trying to start process '\(program)' with working directory '\(directory)'. \(String(cString: strerror(status)))",
                id: "InvalidOperationException", category: .invalidOperation, exceptionType: "System.InvalidOperationException")
        }
        return pid
    }

    static func environmentTable() -> [String: String] {
        var table: [String: String] = [:]
        for case let (name, value)? in ProcessEnvironment.entries.map(ProcessEnvironment.split) { table[name] = value }
        return table
    }
}
