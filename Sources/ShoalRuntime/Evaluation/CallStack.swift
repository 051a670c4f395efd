// What is running in a runspace now: the functions and scripts (a frame
// each, for `$_.ScriptStackTrace` and the depth limit), the class methods
// and the `try` blocks entered. Pushed and popped on every call, so the
// frames sit in one fixed buffer: a push is one store, a pop is free.

import ShoalSyntax

/// A runspace's stack of running calls.
struct CallStack: ~Copyable {
    /// pwsh's limit on nested calls; one more is CallDepthOverflow.
    static let maximumDepth = 1000
    /// How many functions and scripts are running.
    private(set) var depth = 0
    /// Room for the one call past the limit that is pushed before the limit is checked.
    private static let capacity = maximumDepth + 2
    /// The first `depth` entries: outermost first.
    private let frames = UnsafeMutablePointer<CallFrame>.allocate(capacity: CallStack.capacity)
    /// Class methods running (recursion is bounded as calls are).
    var methodDepth = 0
    /// Enclosing `try` blocks: statement-terminating errors go to them.
    var tryDepth = 0
    /// Set by `return` in a class method (see runMethodBody).
    var methodReturnValue: Value?

    init() {}

    deinit { frames.deallocate() }

    /// Enters a call.
    mutating func push(_ frame: CallFrame) {
        if depth < CallStack.capacity { frames[depth] = frame }
        depth += 1
    }

    /// Leaves the innermost call.
    mutating func pop() { depth -= 1 }

    /// True past the depth limit.
    var isTooDeep: Bool { depth > CallStack.maximumDepth }

    /// True when one more call would pass the depth limit.
    var isFull: Bool { depth + 1 > CallStack.maximumDepth }

    /// The running calls, innermost first.
    var innermostFirst: [CallFrame] {
        (0..<min(depth, CallStack.capacity)).reversed().map { frames[$0] }
    }

    /// pwsh's error for a call past the limit: it ends the script.
    static func overflow(at span: SourceSpan?) -> ScriptError {
        var error = ScriptError.runtime("The script failed due to call depth overflow.", id: "CallDepthOverflow", at: span,
                                        type: "System.Management.Automation.ScriptCallDepthException", category: .invalidOperation)
        error.isScriptTerminating = true
        return error
    }
}
