// New-PSSession: opens a kept ssh connection to a remote shoal per host
// (-HostName, -SSHConnection); its session state lasts from one
// `Invoke-Command -Session` to the next. A host that cannot be reached is a
// non-terminating error; the others' sessions are made.

import ShoalRuntime

public final class NewPSSessionCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "New-PSSession", synopsis: "Creates a persistent connection to a local or remote computer.",
        parameters: [
            ParameterDescriptor("ComputerName", type: "string[]", position: 0, aliases: ["Cn"],
                                help: "WinRM computers, which shoal cannot reach: each is an error (use -HostName for SSH)."),
            ParameterDescriptor("Name", type: "string[]", help: "Names for the new sessions, in the order of the hosts (Runspace<Id> by default)."),
            ParameterDescriptor("ThrottleLimit", type: "int", help: "Accepted for compatibility: all the hosts are connected to at once."),
        ] + RemoteInvocation.hostParameters,
        description: "Opens a kept SSH connection to a shoal on each host (-HostName or -SSHConnection); Invoke-Command -Session runs in it, and its variables and functions last from one call to the next until Remove-PSSession.",
        examples: [
            HelpExample("Use -HostName: -ComputerName names a WinRM computer",
                        code: "try { New-PSSession -ComputerName web01 -ErrorAction Stop } catch { $_.Exception.Message }",
                        output: "Connecting to remote server web01 failed with the following error message : The shoal client cannot connect to the destination: -ComputerName names a WinRM computer, and shoal remotes over SSH only (use -HostName). For more information, see the about_Remote_Troubleshooting Help topic.\n",
                        remarks: "shoal remotes over SSH: $s = New-PSSession -HostName web01 -UserName ops opens a session to a host with shoal installed, Invoke-Command -Session $s runs in it (its variables last from one call to the next), and Remove-PSSession $s closes it."),
            HelpExample("Collect the hosts that could not be reached",
                        code: "New-PSSession -ComputerName web01, web02 -ErrorAction SilentlyContinue -ErrorVariable failed\n\"failed: $($failed.TargetObject -join ', ')\"\n\"opened: $(@(Get-PSSession).Count)\"",
                        output: "failed: web01, web02\nopened: 0\n",
                        remarks: "Each host that cannot be reached is a non-terminating error; the others still get their sessions."),
        ])
    public init() {}

    public func end(_ context: CmdletContext) throws {
        let table = try JobsModule.table(of: context)
        let targets = try RemoteInvocation.targets(context)
        if let computers = context.value("ComputerName"), targets.isEmpty {
            for computer in computers.enumeratedItems.map(Conversion.toString) {
                try context.writeError(
                    RemoteConnection.openFailureMessage(computer, RemoteConnection.winRMReason),
                    id: "PSSessionOpenFailed", category: .openError, target: .string(computer),
                    exceptionType: "System.Management.Automation.Remoting.PSRemotingTransportException")
            }
            return
        }
        let names = context.value("Name")?.enumeratedItems.map(Conversion.toString) ?? []
        // Connect to all at once: each ssh handshake takes a round trip or more.
        let results = ThreadLock<[Int: Result<RemoteConnection, RemoteConnection.Failure>]>([:])
        let done = ChangeSignal()
        for (index, target) in targets.enumerated() {
            startNativeThread(stackSize: 256 << 10) {
                let result: Result<RemoteConnection, RemoteConnection.Failure>
                result = Result { () throws(RemoteConnection.Failure) in try RemoteConnection.open(target) }
                results.withLock { $0[index] = result }
                done.notify()
            }
        }
        while true {
            let seen = done.current
            if results.withLock({ $0.count }) == targets.count { break }
            if context.runspace.stopSignal.isRequested { break }
            done.wait(after: seen, seconds: 0.2)
        }
        let finished = results.withLock { $0 }
        for (index, target) in targets.enumerated() {
            switch finished[index] {
            case .success(let connection)?:
                let session = table.remoteSessions.add(name: index < names.count ? names[index] : nil, connection: connection)
                try context.write(.native(PSSessionObject(session)))
            case .failure(let failure)?:
                try context.writeError(
                    RemoteConnection.openFailureMessage(target.computerName, failure.message),
                    id: "PSSessionOpenFailed", category: .openError, target: .string(target.computerName),
                    exceptionType: "System.Management.Automation.Remoting.PSRemotingTransportException")
            case nil:
                break
            }
        }
        try context.checkStopped()
    }
}
