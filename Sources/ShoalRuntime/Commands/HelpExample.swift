// One example of a built-in cmdlet's help: what it shows, the code, and the
// output shoal prints for it. Get-Help -Examples shows them, and the test
// suite runs every one and compares the output (examples that are tests,
// as nushell's are), so an example cannot drift from what the cmdlet does.

/// An example in a cmdlet's descriptor.
public struct HelpExample: Sendable {
    /// What the example shows (`Get the last lines of a log`).
    public let title: String
    /// The code, one or more lines, as typed at the prompt.
    public let code: String
    /// What shoal prints for it, NO_COLOR and 120 columns wide; empty
    /// when it prints nothing.
    public let output: String
    /// An explanation after the output, if any.
    public let remarks: String

    public init(_ title: String, code: String, output: String, remarks: String = "") {
        self.title = title
        self.code = code
        self.output = output
        self.remarks = remarks
    }
}
