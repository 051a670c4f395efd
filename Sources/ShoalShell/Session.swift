// The session: builds the command registry once (every module registers
// its cmdlets here) and makes runspaces that share it.

import ShoalCmdlets
import ShoalJobs
import ShoalRuntime

/// One shoal session: the command registry, the job table and the main
/// runspace. Job runspaces are made by the same factory, so they have the
/// same commands.
public final class Session {
    public let registry: CommandRegistry
    public let runspace: Runspace
    public let jobs: JobTable

    /// `makeJobTable` builds the job table from the factory of job
    /// runspaces; tests pass one that gives it fake executors and a clock.
    public init(host: any ShellHost = ConsoleHost(),
                makeJobTable: (RunspaceFactory) -> JobTable = { JobTable(runspaceFactory: $0) }) {
        let registry = Session.makeRegistry()
        self.registry = registry
        let style = (host as? ConsoleHost)?.style ?? PSStyle.fromEnvironment()
        self.jobs = makeJobTable(RunspaceFactory { host in Runspace(registry: registry, host: host, style: style) })
        self.runspace = Runspace(registry: registry, host: host, style: style)
        runspace.options.ownsProcessDirectory = true
        JobsModule.attach(runspace, table: jobs)
    }

    /// The session's cmdlets: the library's, the jobs module's and history's.
    public static func makeRegistry() -> CommandRegistry {
        let registry = CommandRegistry()
        CmdletLibrary.register(into: registry)
        JobsModule.register(into: registry)
        HistoryCmdlets.register(into: registry)
        return registry
    }

    /// Ends the session: stops every job and leaves no process behind.
    public func close() {
        jobs.shutdown()
    }
}
