// Out-Default: pipeline output headed for the host. Formats with the
// host's width and, on a terminal without NO_COLOR, $PSStyle's header
// styling; removes a progress bar before printing over it and when the
// command ends.

public final class HostOutputSink: OutputSink, DirectTerminalSink {
    let host: ShellHost
    let formatter: StreamingFormatter
    let style: PSStyle
    /// The rendering the formatter's decoration was chosen for; a script
    /// may change `$PSStyle.OutputRendering` while its output is printed.
    private var rendering: OutputRendering
    /// Whether escape sequences in the output itself are removed too: with
    /// PlainText, and with Host when the output is not a terminal (pwsh
    /// 7.4's console host keeps them in redirected output; its documentation
    /// and NO_COLOR-minded tools remove them, and so does shoal).
    private var stripsSequences = false

    /// `runspace`: whose loaded format data applies.
    public init(host: ShellHost, style: PSStyle, runspace: Runspace? = nil) {
        self.host = host
        self.style = style
        rendering = style.outputRendering
        let options = FormatOptions.forHost(host, style: style)
        formatter = StreamingFormatter(options: options, runspace: runspace)
        stripsSequences = options.removesSequences
        super.init()
        host.pendingFormatter = formatter
    }

    public override func write(_ value: Value) throws {
        let current = style.outputRendering
        if current != rendering {
            rendering = current
            let options = FormatOptions.forHost(host, style: style)
            formatter.style = options.style
            stripsSequences = options.removesSequences
        }
        let text = formatter.add(value)
        guard !text.isEmpty else { return }
        ConsoleProgress.clear(for: host)
        host.writeOutput(stripsSequences && TerminalText.hasEscape(text) ? TerminalText.plain(text) : text)
    }

    public var allowsDirectWrites: Bool { host is ConsoleHost }

    /// Prints any table still being collected and clears progress bars:
    /// the command has ended.
    public func finish() {
        let text = formatter.finish()
        ConsoleProgress.clear(for: host, forget: true)
        if !text.isEmpty { host.writeOutput(stripsSequences && TerminalText.hasEscape(text) ? TerminalText.plain(text) : text) }
        host.flush()
    }
}
