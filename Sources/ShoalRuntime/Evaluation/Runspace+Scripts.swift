// Running a whole script at the top level: its param block binds the
// command-line arguments and its scope becomes the script scope.

import ShoalSyntax

extension Runspace {
    /// Runs a parsed script as the top-level script of this runspace.
    public func runScript(_ block: ScriptBlock, arguments: [InvocationArgument], output: OutputSink, scriptPath: String?) throws {
        if block.ast.paramBlock == nil && arguments.isEmpty && scriptPath == nil {
            // `-c` text and standard input run in the global scope, like the REPL.
            let savedSlots = slotsUsable
            let layoutScope = Scope(parent: globalScope, layout: block.ast.layout)
            _ = layoutScope
            slotsUsable = false
            defer { slotsUsable = savedSlots }
            try runTopLevel(block, output: output)
            return
        }
        let processor = ScriptBlockProcessor(runspace: self, block: block, name: scriptPath.map { String($0.split(separator: "/").last ?? "") } ?? "<command>",
                                             arguments: arguments, span: block.ast.span, dotSource: false, isFilter: false,
                                             scriptPath: scriptPath ?? self.scriptPath)
        processor.output = output
        processor.streams = streams
        defer { processor.dispose() }
        try processor.begin()
        try processor.process(nil)
        try processor.end()
    }

    func runTopLevel(_ block: ScriptBlock, output: OutputSink) throws {
        let ast = block.ast
        do {
            for body in [ast.beginBlock, ast.processBlock, ast.endBlock] {
                if let body { try execute(body.statements, output: output) }
            }
        } catch ControlFlow.returnFromBlock {
            return
        }
    }
}
