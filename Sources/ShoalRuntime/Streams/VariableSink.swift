// `cmd > variable:name` (and `>>`): the redirected stream assigned to the
// variable once the pipeline ends, as pwsh's variable provider takes it.

/// Collects what is redirected to `variable:name`; `close` assigns it
/// (appends, for `>>`).
final class VariableSink: OutputSink {
    private let name: String
    private let append: Bool
    private unowned let runspace: Runspace
    private var items: [Value] = []

    init(name: String, append: Bool, runspace: Runspace) {
        self.name = name
        self.append = append
        self.runspace = runspace
    }

    override func write(_ value: Value) throws { items.append(value) }

    func close() {
        var all = items
        if append, let existing = runspace.variable(name), !existing.isNull { all = existing.enumeratedItems + items }
        runspace.setVariable(name, all.count == 1 ? all[0] : .list(all))
    }
}
