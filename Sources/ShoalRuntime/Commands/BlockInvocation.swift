// A script block run one pipeline step at a time from a cmdlet, as
// Invoke-Command runs its block locally: begin once, process each input
// object (`$_`, or collected into `$input` when the block has no process
// block), end once. Errors and streams go where the cmdlet's go.

/// A script block being stepped through by a cmdlet.
public final class BlockInvocation {
    private let processor: ScriptBlockProcessor
    private var ended = false

    /// Prepares `block` with `arguments` bound to its param() block / $args,
    /// in a new child scope unless `newScope` is false (-NoNewScope).
    public init(_ block: ScriptBlock, arguments: [Value], newScope: Bool, takesInput: Bool, context: CmdletContext) {
        let runspace = context.runspace
        let location = context.span ?? block.node.span
        processor = ScriptBlockProcessor(runspace: runspace, block: block, name: "<ScriptBlock>",
                                         arguments: arguments.map { .positional($0, span: location) },
                                         span: location, dotSource: !newScope, isFilter: false)
        processor.output = context.output
        processor.streams = context.streams
        processor.hasUpstream = takesInput
    }

    public func begin() throws { try processor.begin() }

    /// Runs the process block for one input object (nil: no input).
    public func process(_ item: Value?) throws { try processor.process(item) }

    public func end() throws {
        ended = true
        defer { processor.dispose() }
        try processor.end()
    }

    deinit { if !ended { processor.dispose() } }
}
