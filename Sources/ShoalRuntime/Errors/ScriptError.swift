// The Swift errors the evaluator throws: terminating script errors, and
// the non-local control flow of break, continue, return and exit.

import ShoalSyntax

/// A terminating error carrying its record.
///
/// Swift requires errors to be Sendable, but a ScriptError never leaves
/// the runspace thread that threw it: every `catch` is on that thread, and
/// jobs hand their errors to other threads only as serialized data. The
/// record's Values (which may hold mutable script objects) are therefore
/// never touched from two threads.
public struct ScriptError: Error, @unchecked Sendable {
    public let record: ErrorRecord
    /// True for `throw` and for errors under `-ErrorAction Stop`: these end
    /// the script unless caught. Other terminating errors end only the
    /// statement they occur in.
    public var isScriptTerminating: Bool
    public init(_ record: ErrorRecord, scriptTerminating: Bool = false) {
        self.record = record
        self.isScriptTerminating = scriptTerminating
    }

    /// A runtime error with PowerShell's wording at a place.
    public static func runtime(_ message: String, id: String, at span: SourceSpan?,
                               type: String = "System.Management.Automation.RuntimeException",
                               category: ErrorCategory = .invalidOperation, target: Value = .null) -> ScriptError {
        ScriptError(ErrorRecord(message, exceptionType: type, errorId: id, category: category, target: target, span: span))
    }
}

/// `break`, `continue`, `return` and `exit` unwinding the evaluator.
public enum ControlFlow: Error {
    case breakLoop(label: String?)
    case continueLoop(label: String?)
    case returnFromBlock
    case exitScript(code: Int32)
}

/// The pipeline was stopped (Ctrl-C, Stop-Job).
public struct PipelineStoppedError: Error {
    public init() {}
}

extension ScriptError {
    /// pwsh's MethodInvocationException: what a .NET method threw, as
    /// `Exception calling "Parse" with "1" argument(s): "..."`, its id the
    /// inner exception's type name (`FormatException`), which a `catch` of
    /// the inner type also takes.
    public static func methodInvocation(_ method: String, argumentCount: Int, inner: ExceptionObject,
                                        at span: SourceSpan?) -> ScriptError {
        let exception = ExceptionObject(
            message: "Exception calling \"\(method)\" with \"\(argumentCount)\" argument(s): \"\(inner.message)\"",
            typeName: "System.Management.Automation.MethodInvocationException", inner: inner)
        let id = String(inner.typeName.split(separator: ".").last ?? "Exception")
        return ScriptError(ErrorRecord(exception: exception, errorId: id, category: .notSpecified, span: span))
    }

    /// A property setter that refused its value, as pwsh wraps it:
    /// `Exception setting "Name": "message"`.
    public static func settingFailed(_ property: String, _ message: String, at span: SourceSpan?) -> ScriptError {
        ScriptError.runtime("Exception setting \"\(property)\": \"\(message)\"", id: "ExceptionWhenSetting", at: span,
                            type: "System.Management.Automation.SetValueInvocationException")
    }
}
