// Out-Default's formatter: turns the objects that reach the end of a
// pipeline into text as they arrive. Consecutive objects of one type share
// one view (one table, one run of list entries); an object of another type
// closes it and opens its own; scalars, errors and stream records print
// out of band, keeping their place. Format records from Format-* cmdlets
// go to the renderer as they are.

public final class StreamingFormatter {
    let renderer: FormatRenderer
    private var view: DefaultView?
    private var groupHeader: String?

    /// Whose loaded format data (Update-FormatData) applies.
    @WeakRunspace var runspace: Runspace? = nil

    public init(options: FormatOptions = FormatOptions(), runspace: Runspace? = nil) {
        renderer = FormatRenderer(options: options)
        self.runspace = runspace
    }

    /// The decoration of what is rendered from now on.
    public var style: TextStyle {
        get { renderer.options.style }
        set { renderer.options.style = newValue }
    }

    /// Text ready to print for this object (possibly empty while a table fills).
    public func add(_ value: Value) -> String {
        // An adorned string or number shows as itself, as in pwsh.
        let value = value.unwrapped
        switch value {
        case .null:
            return ""
        case .native(let record as FormatRecord):
            let text = closeView()
            return text + renderer.render(record.kind)
        case .error(let record):
            return outOfBand(record.displayText)
        case .native(let record as InformationalRecord):
            if let hostText = record.hostText { return outOfBand(hostText.text) }
            let prefix = record.kind == .warning ? "WARNING: " : record.kind == .verbose ? "VERBOSE: " : record.kind == .debug ? "DEBUG: " : ""
            return outOfBand(prefix + record.message)
        default:
            break
        }
        if let view, view.accepts(value) {
            let header = view.groupHeader(for: value)
            guard header != groupHeader else { return emit(view.entries(for: value, style: renderer.options.style)) }
            groupHeader = header
            return renderer.render(.groupEnd) + renderer.render(.groupStart(header: header)) + emit(view.entries(for: value, style: renderer.options.style))
        }
        guard let chosen = DefaultView.choose(for: value, runspace: runspace) else {
            return outOfBand(Conversion.toString(value))
        }
        var text = closeView()
        view = chosen
        groupHeader = chosen.groupHeader(for: value)
        text += renderer.render(.formatStart(chosen.shape)) + renderer.render(.groupStart(header: groupHeader))
        return text + emit(chosen.entries(for: value, style: renderer.options.style))
    }

    /// Prints what is pending and closes the open view.
    public func finish() -> String {
        closeView() + renderer.finish()
    }

    private func emit(_ entries: [FormatEntry]) -> String {
        entries.map { renderer.render(.entry($0)) }.joined()
    }

    private func outOfBand(_ text: String) -> String {
        renderer.render(.entry(.outOfBand(text)))
    }

    private func closeView() -> String {
        guard view != nil else { return "" }
        view = nil
        return renderer.render(.groupEnd) + renderer.render(.formatEnd)
    }
}
