// What a running cmdlet sees: its bound parameters, the current pipeline
// object, and the streams it writes to, with the error-action rules
// applied in one place.

import ShoalSyntax

public final class CmdletContext {
    public let runspace: Runspace
    public let commandName: String
    public let span: SourceSpan?
    /// Bound parameters by lower-cased canonical name, except the current
    /// pipeline object when it binds as is (see `pipelineKey`).
    public var bound: [String: Value]
    /// The parameter each pipeline object binds to unconverted; the object
    /// is then `inputObject`, not written into `bound` (a dictionary write
    /// per object).
    var pipelineKey: String?
    /// Set by `unbind` for the pipeline parameter, until the next object.
    var pipelineObjectUnbound = false
    public var output: OutputSink
    public var streams: StreamSet
    public var common: CommonParameters
    /// The object being processed, when there is pipeline input.
    public var inputObject: Value?
    public var hasPipelineInput = false
    /// The parameter set the binder chose (`__AllParameterSets` for a
    /// cmdlet without sets), as `$PSCmdlet.ParameterSetName`.
    public internal(set) var parameterSetName = "__AllParameterSets"
    /// Set for cmdlets PowerShell implements outside Microsoft.PowerShell.Commands.
    public var implementingType: String?
    /// For a cmdlet that changes state: its -WhatIf/-Confirm answers.
    var shouldProcessState: ShouldProcessState?
    /// The cmdlet's parameters: debug builds check every name read against
    /// them (CmdletDeclarationTests checks the cmdlets' own files statically;
    /// this catches helpers that read on a cmdlet's behalf).
    var declared: BindingPlan?

    init(runspace: Runspace, commandName: String, span: SourceSpan?, bound: [String: Value], output: OutputSink,
         streams: StreamSet, common: CommonParameters) {
        self.runspace = runspace
        self.commandName = commandName
        self.span = span
        self.bound = bound
        self.output = output
        self.streams = streams
        self.common = common
    }

    public func value(_ name: String) -> Value? {
        let key = name.lowercased()
        assert(declared.map { $0.declared(key) != nil } ?? true, "\(commandName) reads parameter '\(name)', which it does not declare")
        if hasPipelineInput, !pipelineObjectUnbound, let pipelineKey, pipelineKey == key { return inputObject }
        return bound[key]
    }

    public func has(_ name: String) -> Bool { value(name) != nil }

    /// The value of `name` if this cmdlet declares such a parameter and it
    /// is bound: for helpers shared by cmdlets whose parameters differ.
    public func valueIfDeclared(_ name: String) -> Value? {
        guard declared.map({ $0.declared(name.lowercased()) != nil }) ?? true else { return nil }
        return value(name)
    }

    /// Unbinds a parameter (a cmdlet that has consumed it).
    public func unbind(_ name: String) {
        let key = name.lowercased()
        assert(declared.map { $0.declared(key) != nil } ?? true, "\(commandName) unbinds parameter '\(name)', which it does not declare")
        if pipelineKey == key { pipelineObjectUnbound = true }
        bound[key] = nil
    }
    public func string(_ name: String) -> String? { value(name).map(Conversion.toString) }
    public func flag(_ name: String) -> Bool { value(name).map(Conversion.toBool) ?? false }

    public func write(_ value: Value) throws { try output.write(value) }
    public func writeEnumerated(_ value: Value) throws { try output.writeEnumerated(value) }

    /// The .NET class name PowerShell gives this cmdlet, for error ids.
    public var cmdletTypeName: String {
        implementingType ?? "Microsoft.PowerShell.Commands." + commandName.filter { $0 != "-" } + "Command"
    }

    /// A non-terminating error, honouring -ErrorAction.
    public func writeError(_ record: ErrorRecord) throws {
        if record.commandName == nil {
            record.commandName = commandName
            record.cmdletTypeName = cmdletTypeName
        }
        if record.span == nil { record.span = span }
        // (Suspend read from $ErrorActionPreference fails as the advanced function reading it would: no cmdlet in the id.)
        let action = try common.errorAction ?? runspace.actionPreference("ErrorActionPreference", default: .continue, commandTypeName: nil)
        try runspace.reportNonTerminatingError(record, action: action, streams: streams, errorVariable: takeVariable(\.errorVariable))
    }

    public func writeError(_ message: String, id: String, category: ErrorCategory = .notSpecified, target: Value = .null,
                           exceptionType: String = "System.Management.Automation.RuntimeException") throws {
        try writeError(ErrorRecord(message, exceptionType: exceptionType, errorId: id, category: category, target: target,
                                   span: span))
    }

    /// A terminating error for this command; its FullyQualifiedErrorId
    /// names the cmdlet type (`PathNotFound,Microsoft.PowerShell.Commands.GetContentCommand`),
    /// as PowerShell's ThrowTerminatingError gives it.
    public func terminatingError(_ message: String, id: String, category: ErrorCategory = .invalidOperation,
                                 exceptionType: String = "System.Management.Automation.RuntimeException",
                                 target: Value = .null) -> ScriptError {
        let record = ErrorRecord(message, exceptionType: exceptionType, errorId: id, category: category, target: target,
                                 span: span, commandName: commandName)
        record.cmdletTypeName = cmdletTypeName
        return ScriptError(record)
    }

    /// Whether to carry out `action` on `target` (pwsh's ShouldProcess):
    /// false after printing `What if: ...` under -WhatIf, or when the user
    /// answers No under -Confirm.
    public func shouldProcess(_ target: String, action: String) throws -> Bool {
        assert(shouldProcessState != nil, "\(commandName) asks ShouldProcess but declares no confirmImpact")
        return try shouldProcessState?.shouldProcess(target, action: action, runspace: runspace) ?? true
    }

    public func writeWarning(_ message: String) throws {
        if let name = takeVariable(\.warningVariable) {
            runspace.appendToVariable(name, .native(InformationalRecord(kind: .warning, message: message)))
        }
        try runspace.writeInformational(.warning, message, streams: streams, action: common.warningAction, commandTypeName: cmdletTypeName)
    }

    /// The -ErrorVariable / -WarningVariable name for the next record: the
    /// first record of this command replaces the variable's value, the
    /// later ones are appended to it.
    private func takeVariable(_ key: WritableKeyPath<CommonParameters, String?>) -> String? {
        guard let name = common[keyPath: key] else { return nil }
        if !name.hasPrefix("+") { common[keyPath: key] = "+" + name }
        return name
    }

    public func writeVerbose(_ message: String) throws {
        try runspace.writeInformational(.verbose, message, streams: streams, action: common.verbose.map { $0 ? .continue : .silentlyContinue },
                                        commandTypeName: cmdletTypeName)
    }

    public func writeDebug(_ message: String) throws {
        try runspace.writeInformational(.debug, message, streams: streams, action: common.debug.map { $0 ? .continue : .silentlyContinue },
                                        commandTypeName: cmdletTypeName)
    }

    public func writeInformation(_ value: Value, isHost: Bool = false) throws {
        if let name = takeVariable(\.informationVariable) {
            // The record is kept whatever the preference, as pwsh keeps it.
            let record: Value
            if case .native(let informational as InformationalRecord) = value { record = .native(informational) }
            else { record = .native(InformationalRecord(kind: .information, message: Conversion.toString(value))) }
            runspace.appendToVariable(name, record)
        }
        try runspace.writeInformation(value, isHost: isHost, streams: streams, action: common.informationAction, commandTypeName: cmdletTypeName)
    }

    public func checkStopped() throws { try runspace.checkStop() }

    /// An integer parameter with a lower bound, failing with PowerShell's
    /// ValidateRange message; nil when the parameter was not given.
    public func integer(_ name: String, minimum: Int) throws -> Int? {
        guard let value = value(name) else { return nil }
        let number = try TypeConversion.toInteger(value, "System.Int32", span)
        guard number >= minimum else {
            throw terminatingError(
                "Cannot validate argument on parameter '\(name)'. The \(number) argument is less than the minimum allowed range of \(minimum). Supply an argument that is greater than or equal to \(minimum) and then try the command again.",
                id: "ParameterArgumentValidationError", category: .invalidData,
                exceptionType: "System.Management.Automation.ParameterBindingException")
        }
        return number
    }
}

/// The common parameters every cmdlet and advanced function accepts.
public struct CommonParameters {
    public var errorAction: ActionPreference?
    public var warningAction: ActionPreference?
    public var informationAction: ActionPreference?
    public var progressAction: ActionPreference?
    public var verbose: Bool?
    public var debug: Bool?
    public var errorVariable: String?
    public var warningVariable: String?
    public var outVariable: String?
    public var informationVariable: String?
    public var pipelineVariable: String?
    /// -WhatIf and -Confirm, for commands that support ShouldProcess.
    public var whatIf: Bool?
    public var confirm: Bool?

    public init() {}

    /// Takes each of `other`'s values this one has not set.
    mutating func fillUnset(from other: CommonParameters) {
        errorAction = errorAction ?? other.errorAction
        warningAction = warningAction ?? other.warningAction
        informationAction = informationAction ?? other.informationAction
        progressAction = progressAction ?? other.progressAction
        verbose = verbose ?? other.verbose
        debug = debug ?? other.debug
        errorVariable = errorVariable ?? other.errorVariable
        warningVariable = warningVariable ?? other.warningVariable
        outVariable = outVariable ?? other.outVariable
        informationVariable = informationVariable ?? other.informationVariable
        pipelineVariable = pipelineVariable ?? other.pipelineVariable
        whatIf = whatIf ?? other.whatIf
        confirm = confirm ?? other.confirm
    }

    static let names: [(name: String, alias: String)] = [
        ("ErrorAction", "ea"), ("WarningAction", "wa"), ("InformationAction", "infa"), ("Verbose", "vb"),
        ("Debug", "db"), ("ErrorVariable", "ev"), ("WarningVariable", "wv"), ("OutVariable", "ov"),
        ("OutBuffer", "ob"), ("PipelineVariable", "pv"), ("InformationVariable", "iv"), ("ProgressAction", "proga"),
    ]

    static let descriptors: [ParameterDescriptor] = names.map { entry in
        ParameterDescriptor(entry.name, type: entry.name == "Verbose" || entry.name == "Debug" ? "switch" : nil, aliases: [entry.alias])
    }

    /// The two a command that supports ShouldProcess accepts besides.
    static let shouldProcessDescriptors = [
        ParameterDescriptor("WhatIf", type: "switch", aliases: ["wi"]), ParameterDescriptor("Confirm", type: "switch", aliases: ["cf"]),
    ]
}
