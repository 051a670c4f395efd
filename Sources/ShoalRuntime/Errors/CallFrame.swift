// The call stack as a script sees it: each running function or script and
// the place it was called from. An error records the stack where it is
// first seen, as pwsh's ScriptStackTrace does.
//
// A frame is pushed and popped on every call, so it holds no counted
// references (each retain is an atomic operation): it points at the call's
// command or the running script-block processor, both kept alive by the
// call itself for as long as the frame is on the stack. Names and places
// are read from them only when an error wants a trace.

import ShoalSyntax

/// One function or script running, and where it was called.
struct CallFrame {
    private enum Origin {
        /// A simple function call (`f $a`), made straight from its command.
        case command(Unmanaged<CommandNode>)
        /// A function, script or script block run by a processor.
        case processor(Unmanaged<ScriptBlockProcessor>)
    }
    private let origin: Origin

    init(_ command: CommandNode) { origin = .command(.passUnretained(command)) }
    init(_ processor: ScriptBlockProcessor) { origin = .processor(.passUnretained(processor)) }

    /// The function's name as defined, or `<ScriptBlock>` for a script or script block.
    func name(in runspace: Runspace) -> String {
        switch origin {
        case .command(let command):
            let written = command.takeUnretainedValue().literalName ?? "<ScriptBlock>"
            return runspace.scope.lookupFunction(written.lowercased())?.name ?? written
        case .processor(let processor):
            let processor = processor.takeUnretainedValue()
            return processor.scriptPath != nil ? "<ScriptBlock>" : processor.name
        }
    }

    /// Where it was called; nil for the script the shell's command line ran.
    var callSite: SourceSpan? {
        switch origin {
        case .command(let command): return command.takeUnretainedValue().span
        case .processor(let processor):
            let processor = processor.takeUnretainedValue()
            return processor.calledFromCommandLine ? nil : processor.span
        }
    }

    /// `at NAME, /full/path.ps1: line N` (`<No file>` for typed commands
    /// and the command line that started a script).
    static func traceLine(_ name: String, _ span: SourceSpan?) -> String {
        guard let span else { return "at \(name), <No file>: line 1" }
        return "at \(name), \(span.file.path ?? "<No file>"): line \(span.line)"
    }
}

extension Runspace {
    /// Gives an error the stack it unwinds from, if it has none yet: the
    /// innermost frame at the error, each caller at its call.
    func recordStackTrace(_ record: ErrorRecord) {
        guard record.scriptStackTrace == nil else { return }
        var lines: [String] = []
        var position = record.span
        for frame in calls.innermostFirst {
            lines.append(CallFrame.traceLine(frame.name(in: self), position))
            position = frame.callSite
        }
        lines.append(CallFrame.traceLine("<ScriptBlock>", position))
        record.scriptStackTrace = lines.joined(separator: "\n")
    }
}
