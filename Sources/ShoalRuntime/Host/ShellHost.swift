// Where text for the user goes: the host protocol and a capturing host
// for tests.

/// The user-facing side of a runspace.
public protocol ShellHost: AnyObject {
    /// Text for standard output (formatted pipeline output, Write-Host).
    func writeOutput(_ text: String)
    /// An error's text for standard error.
    func writeError(_ text: String)
    /// A warning, verbose or debug message for standard error.
    func writeDiagnostic(_ text: String, kind: DiagnosticKind)
    func flush()
    /// Whether standard output is a terminal (colours, progress bars).
    var isTerminal: Bool { get }
    /// Output formatting still holding rows of a table; it is printed
    /// before anything else reaches the terminal so output stays in order.
    var pendingFormatter: StreamingFormatter? { get set }
    /// A line the user types after `prompt` (Read-Host); nil at end of
    /// input or when `isStopped` turns true. Hosts without a user (jobs,
    /// captured runs, -NonInteractive) throw before prompting.
    func readLine(prompt: String?, masked: Bool, isStopped: () -> Bool) throws -> String?
}

extension ShellHost {
    public func readLine(prompt: String?, masked: Bool, isStopped: () -> Bool) throws -> String? {
        throw ScriptError.runtime("PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.",
                                  id: "InvalidOperation", at: nil, type: "System.Management.Automation.PSInvalidOperationException")
    }

    /// Prints a table still being collected, then flushes.
    public func flushPendingOutput() {
        if let formatter = pendingFormatter {
            let text = formatter.finish()
            if !text.isEmpty { writeOutput(text) }
        }
        flush()
    }
}

/// A host that keeps what is written, for tests and captured runs.
public final class CapturingHost: ShellHost {
    public private(set) var output = ""
    public private(set) var errors = ""
    public weak var pendingFormatter: StreamingFormatter?
    public init() {}
    public func writeOutput(_ text: String) { output += text }
    public func writeError(_ text: String) {
        flushPendingOutput()
        errors += text
    }
    public func writeDiagnostic(_ text: String, kind: DiagnosticKind) { writeError(text) }
    public func flush() {}
    public var isTerminal: Bool { false }
}

/// The kinds of message that go to standard error besides errors; a
/// terminal shows each in its own colour, as pwsh does.
public enum DiagnosticKind: Sendable {
    case warning, verbose, debug
}
