// How a runspace was asked to behave by whoever made it: the shell, a job
// runner, a worker process, the remote server or the fuzz target. Set once,
// before the runspace runs anything.

/// The choices a runspace's maker takes.
public struct RunspaceOptions {
    /// True for the session's main runspace: Set-Location also moves the process.
    public var ownsProcessDirectory = false
    /// True for job and pool runspaces, whose programs must not share the
    /// terminal's foreground process group.
    public var isBackground = false
    /// True in the fuzz target (Tests/ShoalFuzz): no external programs
    /// are found and `> file` redirection is refused.
    public var sandboxed = false
    /// Set when the process ends with the script: the script scope's
    /// variables are then kept in `finishedScriptScope` rather than freed
    /// one object at a time just before exit (see ShellMain.runMode).
    public var keepsFinishedScriptScope = false

    public init() {}
}
