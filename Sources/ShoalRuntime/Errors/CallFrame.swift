// The call stack as a script sees it: each running function or script and
// the place it was called from. An error records the stack where it is
// first seen, as pwsh's ScriptStackTrace does.

import ShoalSyntax

/// One function or script running, and where it was called.
struct CallFrame {
    /// The function's name, or `<ScriptBlock>` for a script or script block.
    let name: String
    let callSite: SourceSpan?

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
        for frame in callFrames.reversed() {
            lines.append(CallFrame.traceLine(frame.name, position))
            position = frame.callSite
        }
        lines.append(CallFrame.traceLine("<ScriptBlock>", position))
        record.scriptStackTrace = lines.joined(separator: "\n")
    }
}
