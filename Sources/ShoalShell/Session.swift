// The session: builds the command registry once (every module registers
// its cmdlets here) and makes runspaces that share it.

import ShoalCmdlets
import ShoalRuntime

/// One shoal session: the registry and the main runspace.
public final class Session {
    public let registry: CommandRegistry
    public let runspace: Runspace

    public init(host: any ShellHost = ConsoleHost()) {
        let registry = CommandRegistry()
        CmdletLibrary.register(into: registry)
        self.registry = registry
        self.runspace = Runspace(registry: registry, host: host)
        runspace.ownsProcessDirectory = true
    }
}
