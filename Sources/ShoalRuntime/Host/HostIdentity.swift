// The machine's and the user's names as Windows scripts ask for them:
// $env:COMPUTERNAME, $env:USERNAME, [Environment]::MachineName and
// ::UserName. Linux sets neither variable, so they are answered from the
// host name and the password database when the environment has none.

import Glibc

public enum HostIdentity {
    /// The host name as the kernel has it (.NET's Dns.GetHostName()).
    public static var hostName: String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, 255) == 0 else { return "localhost" }
        return String(nulTerminated: buffer)
    }

    /// The host name without its domain, as Windows' COMPUTERNAME and
    /// .NET's Environment.MachineName are.
    public static var machineName: String {
        let name = hostName
        return name.split(separator: ".").first.map(String.init) ?? name
    }

    /// The effective user's login name: $USER when set, else the password
    /// database (containers and services often run without USER).
    public static var userName: String {
        if let user = getenv("USER"), user.pointee != 0 { return String(cString: user) }
        return accountName
    }

    /// From the password database, read once (getpwuid shares one buffer
    /// between threads).
    private static let accountName: String = {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return String(geteuid())
    }()

    /// The value a Windows-only environment variable stands for on Linux,
    /// or nil when the name is not one of them.
    static func windowsVariable(_ name: String) -> String? {
        switch name.uppercased() {
        case "COMPUTERNAME": return machineName
        case "USERNAME": return userName
        default: return nil
        }
    }
}
