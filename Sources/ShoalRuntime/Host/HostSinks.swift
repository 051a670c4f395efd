// The default ends of the non-output streams: errors and informational
// records printed through the host.

/// Prints error records to standard error.
final class HostErrorSink: OutputSink {
    let host: ShellHost
    init(host: ShellHost) { self.host = host }
    override func write(_ value: Value) throws {
        switch value {
        case .error(let record): host.writeError(record.displayText + "\n")
        default: host.writeError(Conversion.toString(value) + "\n")
        }
    }
}

/// Prints warnings, verbose and debug messages (to standard error) and
/// information (to standard output) with their prefix.
final class HostTextSink: OutputSink {
    let host: ShellHost
    let prefix: String
    /// Where the text goes: standard error as this kind, or standard output when nil.
    let diagnostic: DiagnosticKind?
    init(host: ShellHost, prefix: String, diagnostic: DiagnosticKind?) {
        self.host = host
        self.prefix = prefix
        self.diagnostic = diagnostic
    }
    override func write(_ value: Value) throws {
        if case .native(let record as InformationalRecord) = value, let hostText = record.hostText {
            host.writeOutput(hostText.text + (hostText.newline ? "\n" : ""))
            return
        }
        let text: String
        switch value {
        case .native(let record as InformationalRecord): text = prefix + record.message
        default: text = prefix + Conversion.toString(value)
        }
        if let diagnostic { host.writeDiagnostic(text + "\n", kind: diagnostic) } else { host.writeOutput(text + "\n") }
    }
}
