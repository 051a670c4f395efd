// One host to reach over OpenSSH, as Invoke-Command and New-PSSession name
// it (`-HostName user@host:port`, -UserName, -Port, -KeyFilePath,
// -Subsystem, -Options, -ConnectingTimeout, or one -SSHConnection
// hashtable), and the `ssh` command line that reaches it. The system's ssh
// does the rest: ~/.ssh/config, the agent, keys, known_hosts, jump hosts.

import ShoalRuntime

struct SSHTarget: Sendable {
    /// The host as given (a name, an address or an ssh config alias).
    var host: String
    var user: String?
    var port: Int?
    var keyFile: String?
    /// An sshd subsystem to start instead of `<remote command> --remote`.
    var subsystem: String?
    /// `-o name=value` options for ssh.
    var options: [(name: String, value: String)] = []
    /// Milliseconds, as pwsh's -ConnectingTimeout; ssh takes whole seconds.
    var connectingTimeout: Int?
    /// The shoal to run on the far side ($ShoalRemoteCommand, default `shoal`).
    var remoteCommand = "shoal"
    /// Copy this shoal to the far side when it has none (-Bootstrap, $ShoalRemoteBootstrap).
    var bootstrap = false
    /// The ssh program and options to run it with: `$env:SHOAL_SSH_COMMAND`
    /// (as git's GIT_SSH_COMMAND: `ssh -F ~/work/ssh_config`), else `ssh`.
    var sshCommand: [String] = SSHTarget.configuredSSH

    /// Parses `[user@]host[:port]` (an IPv6 address goes in brackets: `[::1]:2222`).
    init(_ text: String) {
        var rest = Substring(text)
        if let at = rest.lastIndex(of: "@") {
            user = String(rest[..<at])
            rest = rest[rest.index(after: at)...]
        }
        if rest.hasPrefix("["), let close = rest.firstIndex(of: "]") {
            host = String(rest[rest.index(after: rest.startIndex)..<close])
            let after = rest[rest.index(after: close)...]
            if after.hasPrefix(":"), let number = Int(after.dropFirst()) { port = number }
        } else if let colon = rest.lastIndex(of: ":"), rest.filter({ $0 == ":" }).count == 1,
                  let number = Int(rest[rest.index(after: colon)...]) {
            host = String(rest[..<colon])
            port = number
        } else {
            host = String(rest)
        }
    }

    static var configuredSSH: [String] {
        let words = (ProcessEnvironment.get("SHOAL_SSH_COMMAND") ?? "").split(whereSeparator: \.isWhitespace).map(String.init)
        return words.isEmpty ? ["ssh"] : words
    }

    /// The name results carry in PSComputerName.
    var computerName: String { host }

    /// ssh's arguments: no terminal, never a password prompt (a background
    /// job cannot answer one), the user's options, then what to run.
    var sshArguments: [String] {
        var arguments = Array(sshCommand.dropFirst()) + ["-T", "-o", "BatchMode=yes"]
        if let connectingTimeout {
            arguments += ["-o", "ConnectTimeout=\(max(1, (connectingTimeout + 999) / 1000))"]
        }
        if let port { arguments += ["-p", String(port)] }
        if let user { arguments += ["-l", user] }
        if let keyFile { arguments += ["-i", keyFile] }
        for option in options { arguments += ["-o", "\(option.name)=\(option.value)"] }
        if let subsystem { return arguments + ["-s", "--", host, subsystem] }
        return arguments + ["--", host, RemoteBootstrap.launchCommand(remoteCommand)]
    }
}
