// Out-Default: pipeline output headed for the host. Formats with the
// host's width and, on a terminal without NO_COLOR, $PSStyle's header
// styling; removes a progress bar before printing over it and when the
// command ends.

public final class HostOutputSink: OutputSink, DirectTerminalSink {
    let host: ShellHost
    let formatter: StreamingFormatter

    public init(host: ShellHost) {
        self.host = host
        formatter = StreamingFormatter(options: .forHost(host))
        super.init()
        host.pendingFormatter = formatter
    }

    public override func write(_ value: Value) throws {
        let text = formatter.add(value)
        guard !text.isEmpty else { return }
        ConsoleProgress.clear(for: host)
        host.writeOutput(text)
    }

    public var allowsDirectWrites: Bool { host is ConsoleHost }

    /// Prints any table still being collected and clears progress bars:
    /// the command has ended.
    public func finish() {
        let text = formatter.finish()
        ConsoleProgress.clear(for: host, forget: true)
        if !text.isEmpty { host.writeOutput(text) }
        host.flush()
    }
}
