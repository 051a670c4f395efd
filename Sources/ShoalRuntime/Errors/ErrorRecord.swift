// PowerShell's error record: what `$_` holds in `catch`, what `$Error`
// collects and what the shell prints for an unhandled error.

import ShoalSyntax

/// An error as a script sees it.
public final class ErrorRecord: NativeObject {
    public let exception: ExceptionObject
    /// `FullyQualifiedErrorId`, e.g. `CommandNotFoundException`.
    public let errorId: String
    public let category: ErrorCategory
    public let targetObject: Value
    /// Where the failing command or expression is.
    public var span: SourceSpan?
    /// The command that failed, for the message prefix.
    public var commandName: String?
    /// The value given to `throw`, if it was not a string or exception.
    public let thrownValue: Value?
    /// Set for errors a cmdlet writes: the id then names the cmdlet's type.
    public var cmdletTypeName: String?
    /// `ErrorDetails.Message`: shown instead of the exception's message
    /// (a web cmdlet puts the server's error body here).
    public var detailsMessage: String?

    public init(_ message: String, exceptionType: String = "System.Management.Automation.RuntimeException",
                errorId: String, category: ErrorCategory = .notSpecified, target: Value = .null,
                span: SourceSpan? = nil, commandName: String? = nil, thrownValue: Value? = nil) {
        self.exception = ExceptionObject(message: message, typeName: exceptionType)
        self.errorId = errorId
        self.category = category
        self.targetObject = target
        self.span = span
        self.commandName = commandName
        self.thrownValue = thrownValue
    }

    public init(exception: ExceptionObject, errorId: String, category: ErrorCategory, target: Value = .null,
                span: SourceSpan?, commandName: String? = nil) {
        self.exception = exception
        self.errorId = errorId
        self.category = category
        self.targetObject = target
        self.span = span
        self.commandName = commandName
        self.thrownValue = nil
    }

    public var message: String { exception.message }

    /// `[System.Management.Automation.ErrorRecord]::new(exception, errorId,
    /// category, targetObject)`, as scripts build one for
    /// `$PSCmdlet.WriteError` or `ThrowTerminatingError`.
    static func constructed(from arguments: [Value], at span: SourceSpan) throws -> ErrorRecord {
        guard arguments.count == 4 else {
            throw ScriptError.runtime(
                "Cannot find an overload for \"new\" and the argument count: \"\(arguments.count)\".",
                id: "MethodCountCouldNotFindBest", at: span, category: .notSpecified)
        }
        let exception: ExceptionObject
        switch arguments[0].unwrapped {
        case .native(let given as ExceptionObject): exception = given
        case .error(let record): exception = record.exception
        case .null:
            throw ScriptError.runtime("Exception calling \".ctor\" with \"4\" argument(s): \"Value cannot be null. (Parameter 'exception')\"",
                                      id: "ArgumentNullException", at: span,
                                      type: "System.Management.Automation.MethodInvocationException")
        case let other: exception = ExceptionObject(message: Conversion.toString(other), typeName: "System.Exception")
        }
        let categoryText = Conversion.toString(arguments[2])
        guard let category = ErrorCategory(categoryText) else {
            throw ScriptError.runtime("Cannot convert argument \"errorCategory\", with value: \"\(categoryText)\", for \"ErrorRecord\" to type \"System.Management.Automation.ErrorCategory\".",
                                      id: "MethodArgumentConversionInvalidCastArgument", at: span,
                                      type: "System.Management.Automation.MethodException")
        }
        return ErrorRecord(exception: exception, errorId: Conversion.toString(arguments[1]), category: category,
                           target: arguments[3], span: nil)
    }

    /// This error about `target` (a pipeline object that failed to bind),
    /// unless it already names a target.
    public func targeting(_ target: Value) -> ErrorRecord {
        guard targetObject.isNull else { return self }
        let record = ErrorRecord(exception: exception, errorId: errorId, category: category, target: target, span: span,
                                 commandName: commandName)
        record.cmdletTypeName = cmdletTypeName
        record.detailsMessage = detailsMessage
        return record
    }

    /// `ErrorId,Microsoft.PowerShell.Commands.GetItemCommand` for cmdlet errors.
    public var fullyQualifiedErrorId: String {
        guard let cmdletTypeName, !errorId.contains(",") else { return errorId }
        return "\(errorId),\(cmdletTypeName)"
    }
    public var typeName: String { "System.Management.Automation.ErrorRecord" }
    public var stringValue: String { message }
    public var propertyNames: [String] {
        ["Exception", "TargetObject", "CategoryInfo", "FullyQualifiedErrorId", "InvocationInfo", "ScriptStackTrace"]
    }

    public func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "exception": return .native(exception)
        case "targetobject": return thrownValue ?? targetObject
        case "categoryinfo": return .native(CategoryInfo(record: self))
        case "fullyqualifiederrorid":
            return .string(fullyQualifiedErrorId)
        case "invocationinfo": return .native(InvocationInfo(span: span, commandName: commandName))
        case "scriptstacktrace": return .string(scriptStackTrace ?? span.map { CallFrame.traceLine("<ScriptBlock>", $0) } ?? "")
        case "errordetails":
            guard let detailsMessage else { return .null }
            let details = PSObject(typeName: "System.Management.Automation.ErrorDetails")
            details.set("Message", .string(detailsMessage))
            details.set("RecommendedAction", .null)
            return .object(details)
        default: return nil
        }
    }

    public func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? {
        method.lowercased() == "tostring" ? .string(message) : nil
    }

    /// Set by `throw`: PowerShell labels such errors `Exception`.
    public var wasThrown = false
    /// A non-terminating error that -ErrorAction Stop (or the preference) made terminating:
    /// pwsh raises it inside an ActionPreferenceStopException, which a catch may name.
    public var stoppedByPreference = false
    /// `at Inner, /path/file.ps1: line 3` for each function and script the
    /// error came through, innermost first; set where it is first seen.
    public var scriptStackTrace: String?

    /// The exception types a `catch` or `trap` tests, innermost first.
    /// pwsh raises a .NET exception from an expression (`1/0`) or a
    /// stopped command inside a RuntimeException, so a
    /// `[RuntimeException]` handler takes those too.
    public var handledExceptionTypes: [String] {
        let type = exception.typeName
        let wrapped = !wasThrown && type.hasPrefix("System.") && !type.hasPrefix("System.Management.")
        let inner = exception.innerException.map { [$0.typeName] } ?? []
        let outer = stoppedByPreference ? ["System.Management.Automation.ActionPreferenceStopException"] : []
        return inner + (wrapped ? [type, "System.Management.Automation.RuntimeException"] : [type]) + outer
    }

    /// What the printed error starts with, as PowerShell's ConciseView
    /// chooses it: `Exception` for `throw`, else the failing command, else
    /// the category (`InvalidOperation`), else the exception's type name.
    public var label: String {
        if wasThrown { return "Exception" }
        if let commandName { return commandName }
        if category != .notSpecified { return category.name }
        // PowerShell reports expression errors as RuntimeException, whatever .NET exception is inside.
        if exception.typeName.hasPrefix("System.") && !exception.typeName.hasPrefix("System.Management.") { return "RuntimeException" }
        return exception.typeName.split(separator: ".").last.map(String.init) ?? "Error"
    }

    /// The text the shell prints: the label, the place with a caret, the message.
    public var displayText: String {
        let label = self.label
        let shown = detailsMessage ?? message
        guard let span else { return "\(label): \(shown)" }
        return "\(label): \(span.positionText)\n\(span.caretDisplay)\n\(shown)"
    }
}

/// An exception object, with .NET's type names so `catch [Type]` works.
public final class ExceptionObject: NativeObject {
    public let message: String
    public let typeName: String
    public let innerException: ExceptionObject?
    /// Properties an exception type adds (HttpResponseException's Response).
    public let extraProperties: [(name: String, value: Value)]

    /// The record this exception carries (an ActionPreferenceStopException's `ErrorRecord`).
    public let carriedRecord: ErrorRecord?

    public init(message: String, typeName: String, inner: ExceptionObject? = nil, extraProperties: [(name: String, value: Value)] = [],
                carrying record: ErrorRecord? = nil) {
        self.message = message
        self.typeName = typeName
        self.innerException = inner
        self.extraProperties = extraProperties
        self.carriedRecord = record
    }

    public var stringValue: String { "\(typeName): \(message)" }
    /// (`ErrorRecord` is readable but not listed: its record holds this
    /// exception again, which Get-Error and Format-List would follow.)
    public var propertyNames: [String] { ["Message", "InnerException", "Source", "HResult"] + extraProperties.map(\.name) }

    public func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "message": return .string(message)
        case "innerexception": return innerException.map { .native($0) } ?? .null
        case "source": return .null
        case "hresult": return .int(-2146233087)
        case "errorrecord" where carriedRecord != nil: return carriedRecord.map { .error($0) }
        case "errorrecord" where Self.type(typeName, isOrDerivesFrom: "System.Management.Automation.RuntimeException"):
            let identity = recordIdentity ?? (String(typeName.split(separator: ".").last ?? ""), .notSpecified)
            return .error(ErrorRecord(exception: self, errorId: identity.id, category: identity.category, span: nil))
        case "stacktrace": return .null
        case let other: return extraProperties.first { $0.name.lowercased() == other }?.value
        }
    }

    public func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? {
        switch method.lowercased() {
        case "tostring": return .string(stringValue)
        case "gettype": return .native(TypeObject(name: typeName))
        default: return nil
        }
    }

    /// The .NET base types of a few exceptions scripts catch by type.
    static let baseTypes: [String: String] = [
        "system.dividebyzeroexception": "System.ArithmeticException",
        "system.overflowexception": "System.ArithmeticException",
        "system.arithmeticexception": "System.SystemException",
        "system.management.automation.runtimeexception": "System.SystemException",
        "system.management.automation.commandnotfoundexception": "System.Management.Automation.RuntimeException",
        "system.management.automation.parameterbindingexception": "System.Management.Automation.RuntimeException",
        "system.management.automation.itemnotfoundexception": "System.Management.Automation.SessionStateException",
        "system.management.automation.sessionstateexception": "System.Management.Automation.RuntimeException",
        "system.management.automation.psinvalidcastexception": "System.InvalidCastException",
        "system.management.automation.methodinvocationexception": "System.Management.Automation.MethodException",
        "system.management.automation.methodexception": "System.Management.Automation.RuntimeException",
        "system.management.automation.psargumentexception": "System.ArgumentException",
        "system.management.automation.validationmetadataexception": "System.Management.Automation.MetadataException",
        "system.management.automation.metadataexception": "System.Management.Automation.RuntimeException",
        "system.management.automation.parseexception": "System.Management.Automation.RuntimeException",
        "system.management.automation.pipelinestoppedexception": "System.Management.Automation.RuntimeException",
        "system.management.automation.scriptcalldepthexception": "System.SystemException",
        "system.management.automation.actionpreferencestopexception": "System.Management.Automation.RuntimeException",
        "microsoft.powershell.commands.writeerrorexception": "System.SystemException",
        "system.invalidcastexception": "System.SystemException",
        "system.argumentexception": "System.SystemException",
        "system.argumentoutofrangeexception": "System.ArgumentException",
        "system.argumentnullexception": "System.ArgumentException",
        "system.invalidoperationexception": "System.SystemException",
        "system.io.filenotfoundexception": "System.IO.IOException",
        "system.io.directorynotfoundexception": "System.IO.IOException",
        "system.io.ioexception": "System.SystemException",
        "system.formatexception": "System.SystemException",
        "system.notsupportedexception": "System.SystemException",
        "system.timeoutexception": "System.SystemException",
        "system.unauthorizedaccessexception": "System.SystemException",
        "system.systemexception": "System.Exception",
    ]

    /// Whether this exception is of type `name` itself, not a subclass.
    public func isExactly(_ name: String) -> Bool { Self.type(typeName, isExactly: name) }

    /// A ParseException for a parse error: the message with pwsh's
    /// position prefix, as `[scriptblock]::Create` reports it.
    public convenience init(parseError error: ParseError) {
        self.init(message: error.message, typeName: "System.Management.Automation.ParseException")
        recordIdentity = (error.errorId, .parserError)
    }

    /// The id and category of the record a RuntimeException carries
    /// (`$_.Exception.ErrorRecord`), when known.
    public var recordIdentity: (id: String, category: ErrorCategory)?

    /// Whether `catch [name]` catches this exception.
    public func isOrDerives(from name: String) -> Bool { Self.type(typeName, isOrDerivesFrom: name) }

    /// Whether the exception type `typeName` is `name` (written as in a
    /// script: any case, `System.` optional).
    public static func type(_ typeName: String, isExactly name: String) -> Bool {
        var target = name.lowercased()
        if !target.contains(".") { target = "system." + target }
        let type = typeName.lowercased()
        return type == target || type.hasSuffix("." + name.lowercased())
    }

    /// Whether the exception type `typeName` is `name` or derives from it.
    public static func type(_ typeName: String, isOrDerivesFrom name: String) -> Bool {
        var current: String? = typeName
        while let type = current {
            if Self.type(type, isExactly: name) { return true }
            if type.lowercased() == "system.exception" { return false }
            current = ExceptionObject.baseTypes[type.lowercased()] ?? "System.Exception"
        }
        return false
    }
}

final class CategoryInfo: NativeObject {
    let record: ErrorRecord
    init(record: ErrorRecord) { self.record = record }
    var typeName: String { "System.Management.Automation.ErrorCategoryInfo" }
    var stringValue: String {
        "\(record.category.name): (\(Conversion.toString(record.targetObject)):\(targetType)) [\(record.commandName ?? "")], \(shortType)"
    }
    var shortType: String { String(record.exception.typeName.split(separator: ".").last ?? "") }
    /// The target's short type name (`String`), empty without a target, as .NET's `GetType().Name`.
    var targetType: String {
        record.targetObject.isNull ? "" : String(Conversion.typeName(of: record.targetObject).split(separator: ".").last ?? "")
    }
    var propertyNames: [String] { ["Category", "Activity", "Reason", "TargetName", "TargetType"] }
    func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "category": return EnumType.value("System.Management.Automation.ErrorCategory", record.category.name)
        case "activity": return .string(record.commandName ?? "")
        case "reason": return .string(shortType)
        case "targetname": return .string(Conversion.toString(record.targetObject))
        case "targettype": return .string(targetType)
        default: return nil
        }
    }
}

/// `$MyInvocation` and an error's `InvocationInfo`.
public final class InvocationInfo: NativeObject {
    let span: SourceSpan?
    let commandName: String?
    public var scriptName: String?
    public var boundParameters: HashtableValue?
    /// The script block of the command invoked (MyCommand.ScriptBlock).
    public var scriptBlock: ScriptBlock?
    /// The command is a script file (MyCommand's Definition is its path).
    public var isScriptFile = false
    public init(span: SourceSpan?, commandName: String?, scriptName: String? = nil) {
        self.span = span
        self.commandName = commandName
        self.scriptName = scriptName
    }
    public var typeName: String { "System.Management.Automation.InvocationInfo" }
    public var stringValue: String { typeName }
    public var propertyNames: [String] { ["MyCommand", "ScriptName", "ScriptLineNumber", "OffsetInLine", "Line", "PositionMessage"] }
    public func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "mycommand":
            return .native(CommandNameObject(name: commandName ?? "", scriptBlock: scriptBlock, path: isScriptFile ? scriptName : nil))
        case "invocationname": return .string(commandName ?? "")
        case "scriptname": return .string(scriptName ?? span?.file.name ?? "")
        case "pscommandpath": return .string(scriptName ?? "")
        case "scriptlinenumber": return .int(span?.line ?? 0)
        case "offsetinline": return .int(span?.column ?? 0)
        case "line": return .string(span.map { $0.file.lineText($0.line) } ?? "")
        case "positionmessage": return .string(span.map { "At \($0.positionText)\n\($0.caretDisplay)" } ?? "")
        case "boundparameters": return boundParameters.map { .hashtable($0) } ?? .hashtable(HashtableValue())
        default: return nil
        }
    }
}

/// `$MyInvocation.MyCommand`: the command's name, its script block and,
/// for a script file, its path.
final class CommandNameObject: NativeObject {
    let name: String
    let scriptBlock: ScriptBlock?
    let path: String?
    init(name: String, scriptBlock: ScriptBlock? = nil, path: String? = nil) {
        self.name = name
        self.scriptBlock = scriptBlock
        self.path = path
    }
    var typeName: String { "System.Management.Automation.CommandInfo" }
    var stringValue: String { name }
    var propertyNames: [String] { ["Name", "Definition", "ScriptBlock"] }
    func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "name": return .string(self.name)
        case "scriptblock": return scriptBlock.map { .scriptBlock($0) } ?? .null
        // A function's definition is its body; a script's is its path.
        case "definition": return .string(path ?? scriptBlock?.text ?? self.name)
        case "path", "source": return .string(path ?? self.name)
        default: return nil
        }
    }
}
