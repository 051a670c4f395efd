// How the last command and the running pipeline went: `$?`, and what the
// evaluator passes from a statement's value to the assignment that takes it.

/// A runspace's `$?` and the flags that decide it.
public struct CommandStatus {
    /// `$?`.
    public var lastCommandSucceeded = true
    /// Whether a command of the pipeline now running has failed (wrote an
    /// error, exited non-zero): `$?` after the pipeline.
    public var pipelineFailed = false
    /// Set when a statement's value came from a pipeline that wrote
    /// nothing; an assignment clears it, evaluates, and reads it (so that
    /// its variable holds AutomationNull, see VariableBox.holdsNothing).
    /// (A flag rather than a second result: returning a pair from
    /// evaluateStatementValue cost a counting loop 4 % in instructions.)
    var lastValueWroteNothing = false

    /// A command of the running pipeline failed: `$?` is `$false` now and after the pipeline.
    public mutating func commandFailed() {
        lastCommandSucceeded = false
        pipelineFailed = true
    }
}
