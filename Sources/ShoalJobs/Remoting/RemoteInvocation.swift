// What Invoke-Command and New-PSSession read about the hosts to reach:
// -HostName (`user@host:port`, several), -UserName, -Port, -KeyFilePath,
// -Subsystem, -Options, -ConnectingTimeout, -SSHConnection hashtables and
// -Session; and the one request every host runs.

import ShoalRuntime

enum RemoteInvocation {
    /// The parameters that name ssh hosts, shared by Invoke-Command and New-PSSession.
    static let hostParameters = [
        ParameterDescriptor("HostName", type: "string[]",
                            help: "The hosts to reach over SSH, as host, user@host or user@host:port; each runs shoal (or use -Bootstrap)."),
        ParameterDescriptor("UserName", type: "string", help: "The user to log in as (by default ssh's choice: ~/.ssh/config, else the current user)."),
        ParameterDescriptor("Port", type: "int", help: "The SSH port (by default ssh's, usually 22)."),
        ParameterDescriptor("KeyFilePath", type: "string", aliases: ["IdentityFilePath"], help: "The private key file ssh logs in with (ssh -i)."),
        ParameterDescriptor("Subsystem", type: "string", help: "An sshd subsystem to start on the host instead of running shoal --remote."),
        ParameterDescriptor("Options", type: "hashtable", help: "ssh options, each key and value passed as -o Key=Value (for example @{ ServerAliveInterval = 30 })."),
        ParameterDescriptor("ConnectingTimeout", type: "int", help: "How long to wait for the connection, in milliseconds (ssh rounds up to whole seconds)."),
        ParameterDescriptor("SSHTransport", type: "switch", help: "Accepted for compatibility: -HostName always uses SSH."),
        ParameterDescriptor("SSHConnection", type: "hashtable[]",
                            help: "One hashtable per host, with HostName and optionally UserName, Port, KeyFilePath, Subsystem, ConnectingTimeout and Options."),
        ParameterDescriptor("Bootstrap", type: "switch",
                            help: "Copies this shoal to a host that has none (into ~/.cache/shoal there) before running (shoal addition).").addedByShoal(),
    ]

    /// The ssh targets the parameters name, in order.
    static func targets(_ context: CmdletContext) throws -> [SSHTarget] {
        if context.valueIfDeclared("Credential") != nil, context.has("HostName") || context.has("SSHConnection") {
            // pwsh's SSH parameter sets have no -Credential either; saying so beats ignoring it.
            throw context.terminatingError(
                "The Credential parameter cannot be used with HostName or SSHConnection: ssh authenticates with keys or an agent (BatchMode, never a password prompt). Use -KeyFilePath or ssh-agent.",
                id: "CredentialNotSupportedWithSSH", category: .invalidArgument,
                exceptionType: "System.Management.Automation.ParameterBindingException")
        }
        let remoteCommand = context.runspace.variable("ShoalRemoteCommand").map(Conversion.toString).flatMap { $0.isEmpty ? nil : $0 }
        let bootstrap = context.flag("Bootstrap") || (context.runspace.variable("ShoalRemoteBootstrap").map(Conversion.toBool) ?? false)
        var targets: [SSHTarget] = []
        for name in (context.value("HostName")?.enumeratedItems ?? []).map(Conversion.toString) {
            guard !name.trimmingCharacters().isEmpty else {
                throw context.terminatingError(
                    "Cannot validate argument on parameter 'HostName'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.",
                    id: "ParameterArgumentValidationError", category: .invalidData,
                    exceptionType: "System.Management.Automation.ParameterBindingException")
            }
            var target = SSHTarget(name)
            if let user = context.string("UserName") { target.user = user }
            if let port = try context.integer("Port", minimum: 1) { target.port = port }
            if let key = context.string("KeyFilePath") { target.keyFile = context.runspace.resolvePath(key) }
            target.subsystem = context.string("Subsystem")
            target.connectingTimeout = try context.integer("ConnectingTimeout", minimum: 0)
            target.options = options(context.value("Options"))
            if let remoteCommand { target.remoteCommand = remoteCommand }
            target.bootstrap = bootstrap
            targets.append(target)
        }
        for entry in context.value("SSHConnection")?.enumeratedItems ?? [] {
            func field(_ name: String) -> Value? { OutputFormatter.propertyValue(of: entry, named: name).flatMap { $0.isNull ? nil : $0 } }
            guard let host = field("HostName").map(Conversion.toString), !host.isEmpty else {
                throw context.terminatingError("The SSHConnection hashtable must have a HostName entry.",
                                               id: "SSHConnectionMissingHostName", category: .invalidArgument)
            }
            var target = SSHTarget(host)
            if let user = field("UserName") { target.user = Conversion.toString(user) }
            if let port = field("Port") { target.port = try TypeConversion.toInteger(port, "System.Int32", context.span) }
            if let key = field("KeyFilePath") ?? field("IdentityFilePath") {
                target.keyFile = context.runspace.resolvePath(Conversion.toString(key))
            }
            if let subsystem = field("Subsystem") { target.subsystem = Conversion.toString(subsystem) }
            if let timeout = field("ConnectingTimeout") {
                target.connectingTimeout = try TypeConversion.toInteger(timeout, "System.Int32", context.span)
            }
            target.options = options(field("Options"))
            if let remoteCommand { target.remoteCommand = remoteCommand }
            target.bootstrap = bootstrap
            targets.append(target)
        }
        return targets
    }

    /// -Options' entries, as ssh's `-o name=value`.
    private static func options(_ value: Value?) -> [(name: String, value: String)] {
        guard let value else { return [] }
        return OutputFormatter.propertyNames(of: value).map { name in
            (name, OutputFormatter.propertyValue(of: value, named: name).map(Conversion.toString) ?? "")
        }
    }

    /// The PSSessions given with -Session.
    static func sessions(_ context: CmdletContext) throws -> [RemoteSession] {
        try (context.value("Session")?.enumeratedItems ?? []).map { item in
            guard case .native(let object as PSSessionObject) = item else {
                throw context.terminatingError(
                    "Cannot bind parameter 'Session'. Cannot convert the \"\(Conversion.toString(item))\" value to type \"System.Management.Automation.Runspaces.PSSession\".",
                    id: "CannotConvertArgumentNoMessage", category: .invalidArgument,
                    exceptionType: "System.Management.Automation.ParameterBindingException")
            }
            return object.session
        }
    }

    /// The request every host runs: the script as text, arguments, input
    /// and `$using:` values as copies; the far side's own directory and environment.
    static func request(_ source: JobScriptSource, arguments: [TransferValue], input: [TransferValue]?,
                        context: CmdletContext) throws -> WorkerRequest {
        WorkerRequest(scriptText: source.command, scriptName: source.fileName, scriptPrefix: source.positionPrefix,
                      initializationText: nil, arguments: arguments, input: input,
                      usingValues: try source.usingValues(context, undefinedIsError: true), location: "", environment: [])
    }
}
