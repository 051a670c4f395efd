// $PSCmdlet: what an advanced function ([CmdletBinding()]) reaches of its
// own command, as pwsh's PSScriptCmdlet: writing to its streams,
// terminating it, ShouldProcess, the chosen parameter set.

import ShoalSyntax

/// `$PSCmdlet` in an advanced function.
final class ScriptCmdletObject: NativeObject {
    /// The call it belongs to; gone once the call has ended.
    private weak var processor: ScriptBlockProcessor?
    let commandName: String
    let parameterSetName: String
    let invocation: InvocationInfo
    private let shouldProcessState: ShouldProcessState?

    init(processor: ScriptBlockProcessor, parameterSetName: String, invocation: InvocationInfo, confirmImpact: ConfirmImpact?,
         common: CommonParameters) {
        self.processor = processor
        commandName = processor.name
        self.parameterSetName = parameterSetName
        self.invocation = invocation
        shouldProcessState = confirmImpact.map {
            ShouldProcessState(commandName: processor.name, impact: $0, whatIf: common.whatIf, confirm: common.confirm)
        }
    }

    var typeName: String { "System.Management.Automation.PSScriptCmdlet" }
    var stringValue: String { commandName }
    var propertyNames: [String] { ["ParameterSetName", "MyInvocation", "CommandRuntime", "Stopping"] }

    func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "parametersetname": return .string(parameterSetName)
        case "myinvocation": return .native(invocation)
        case "commandruntime": return .string(commandName)
        case "stopping": return .bool(processor?.runspace.stopSignal.isRequested ?? false)
        default: return nil
        }
    }

    func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? {
        let name = method.lowercased()
        guard let processor else {
            throw ScriptError.runtime("The command '\(commandName)' has ended; its $PSCmdlet can no longer \(method).",
                                      id: "InvalidOperation", at: nil, type: "System.Management.Automation.PSInvalidOperationException")
        }
        func text(_ index: Int) -> String { arguments.indices.contains(index) ? Conversion.toString(arguments[index]) : "" }
        switch (name, arguments.count) {
        case ("writeobject", 1):
            try processor.output.write(arguments[0])
        case ("writeobject", 2):
            if Conversion.toBool(arguments[1]) { try processor.output.writeEnumerated(arguments[0]) } else { try processor.output.write(arguments[0]) }
        case ("writeerror", 1):
            let record = try errorRecord(arguments[0], method: method, processor: processor)
            let action = context.preference("ErrorActionPreference", default: .continue)
            try context.reportNonTerminatingError(record, action: action, streams: processor.streams, errorVariable: nil)
            processor.wroteError = true
        case ("throwterminatingerror", 1):
            throw ScriptCommandTermination(record: try errorRecord(arguments[0], method: method, processor: processor),
                                           processor: ObjectIdentifier(processor))
        case ("writeverbose", 1), ("writewarning", 1), ("writedebug", 1):
            let kind: StreamKind = name == "writeverbose" ? .verbose : name == "writewarning" ? .warning : .debug
            try context.writeInformational(kind, text(0), streams: processor.streams, action: nil)
        case ("writeinformation", 1), ("writeinformation", 2):
            try context.writeInformation(arguments[0], isHost: false, streams: processor.streams, action: nil)
        case ("shouldprocess", 1), ("shouldprocess", 2):
            return .bool(try shouldProcess(text(0), action: arguments.count == 2 ? text(1) : nil, context: context))
        case ("shouldprocess", 3):
            // (verboseDescription, verboseWarning, caption): -WhatIf prints the description itself.
            return .bool(try shouldProcess(text(0), action: nil, description: text(0), context: context))
        case ("shouldcontinue", 2):
            return .bool(try (shouldProcessState ?? ShouldProcessState(commandName: commandName, impact: .medium, whatIf: nil, confirm: nil))
                .shouldContinue(query: text(0), caption: text(1), runspace: context))
        case ("getunresolvedproviderpathfrompspath", 1), ("getresolvedproviderpathfrompspath", 1):
            return .string(context.resolvePath(text(0)))
        case ("transactionavailable", 0):
            return .bool(false)
        case ("tostring", 0):
            return .string(commandName)
        default:
            return nil
        }
        return VoidResult.value
    }

    private func shouldProcess(_ target: String, action: String?, description: String? = nil, context: Runspace) throws -> Bool {
        guard let state = shouldProcessState else {
            // pwsh: ShouldProcess without SupportsShouldProcess always answers true.
            return true
        }
        if let description, state.isWhatIf(context) {
            context.writeHostLine("What if: \(description)")
            return false
        }
        return try state.shouldProcess(target, action: action, runspace: context)
    }

    /// The record given to WriteError or ThrowTerminatingError, as this
    /// command's error (`NTERROR,Test-Thing`).
    private func errorRecord(_ value: Value, method: String, processor: ScriptBlockProcessor) throws -> ErrorRecord {
        guard case .error(let given) = value.unwrapped else {
            throw ScriptError.runtime(
                "Cannot convert argument \"errorRecord\", with value: \"\(Conversion.toString(value))\", for \"\(method)\" to type \"System.Management.Automation.ErrorRecord\".",
                id: "MethodArgumentConversionInvalidCastArgument", at: nil, type: "System.Management.Automation.MethodException")
        }
        let record = ErrorRecord(exception: given.exception, errorId: given.errorId, category: given.category,
                                 target: given.targetObject, span: given.span ?? processor.span,
                                 commandName: given.commandName ?? commandName)
        record.cmdletTypeName = given.cmdletTypeName ?? commandName
        record.detailsMessage = given.detailsMessage
        return record
    }
}

/// `$PSCmdlet.ThrowTerminatingError`: ends the advanced function that
/// threw it, passing its try/catch and traps (finally blocks still run);
/// the call then fails with the record, as a cmdlet's terminating error.
struct ScriptCommandTermination: Error, @unchecked Sendable {
    let record: ErrorRecord
    let processor: ObjectIdentifier
}
