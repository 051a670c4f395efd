// Binds a command's arguments to its declared parameters: names and
// unique prefixes and aliases, `-Name:value`, switches, positions, type
// conversion, ValidateSet/ValidateRange and mandatory checks, with
// PowerShell's error messages.

import ShoalSyntax

/// One argument as written at the call site, already evaluated.
public enum InvocationArgument {
    case named(name: String, value: Value?, span: SourceSpan?)
    case positional(Value, span: SourceSpan?)
}

/// A parameter as the binder sees it: the declaration plus validation.
public struct BindableParameter {
    public let descriptor: ParameterDescriptor
    public var validateRange: (Value, Value)?
    /// The other validation attributes of a script parameter.
    public var validations: [ParameterValidation] = []
    /// [AllowNull()] and the like, for a mandatory parameter.
    public var allowance = ParameterAllowance()
    /// `[ValidateSet(..., IgnoreCase = $false, ErrorMessage = '...')]`.
    public var setIsCaseSensitive = false
    public var setErrorMessage: String?
    public init(_ descriptor: ParameterDescriptor, validateRange: (Value, Value)? = nil) {
        self.descriptor = descriptor
        self.validateRange = validateRange
    }

    /// Whether a value may need refusing beyond its type: the binder must look at it.
    var validates: Bool { validatesBeyondMandatory || refusesEmpty }

    /// Validation attributes besides what a mandatory parameter refuses.
    var validatesBeyondMandatory: Bool {
        descriptor.validateSet != nil || validateRange != nil || descriptor.refusesNullOrEmpty || !validations.isEmpty
    }

    /// A mandatory script parameter refuses `$null`, `''` or `@()` (see checkMandatoryValue).
    var refusesEmpty: Bool {
        descriptor.isMandatory && !(allowance.null && allowance.emptyString && allowance.emptyCollection)
    }
}

public struct BindingResult {
    /// Bound values by lower-cased parameter name.
    public var bound: [String: Value] = [:]
    /// The names in the order they were bound, as declared.
    public var boundNames: [String] = []
    /// Arguments no parameter took (a simple function's `$args`).
    public var unbound: [Value] = []
    public var common = CommonParameters()
}

public struct ParameterBinder {
    public let plan: BindingPlan
    let commandName: String
    let span: SourceSpan?
    /// Where the script's own classes and enums are, for typed parameters.
    @WeakRunspace public var runspace: Runspace? = nil

    public init(plan: BindingPlan, commandName: String, span: SourceSpan?) {
        self.plan = plan
        self.commandName = commandName
        self.span = span
    }

    var parameters: [BindableParameter] { plan.parameters }
    var isCmdlet: Bool { plan.isCmdlet }
    var passesUnknownArguments: Bool { plan.passesUnknownArguments }
    public var hasMandatoryParameters: Bool { plan.hasMandatoryParameters }
    var simplePipelineKey: String? { plan.simplePipelineKey }

    func bindingError(_ message: String, id: String, at location: SourceSpan?, inner: ExceptionObject? = nil,
                      category: ErrorCategory = .invalidArgument) -> ScriptError {
        let exception = ExceptionObject(message: message, typeName: "System.Management.Automation.ParameterBindingException", inner: inner)
        let record = ErrorRecord(exception: exception, errorId: id, category: category, span: location ?? span,
                                 commandName: commandName)
        record.cmdletTypeName = isCmdlet ? "Microsoft.PowerShell.Commands." + commandName.filter { $0 != "-" } + "Command" : commandName
        return ScriptError(record)
    }

    /// Finds the parameter a written name means: its index in `plan.all`.
    func resolve(_ written: String, at location: SourceSpan?) throws -> Int? {
        switch plan.match(written) {
        case .parameter(let index):
            return index
        case .ambiguous(let matches):
            let names = matches.map { "-" + $0.name }.joined(separator: " ")
            throw bindingError("Parameter cannot be processed because the parameter name '\(written)' is ambiguous. Possible matches include: \(names).",
                               id: "AmbiguousParameter", at: location)
        case .none:
            return nil
        }
    }

    public func bind(_ arguments: [InvocationArgument], runspace: Runspace) throws -> BindingResult {
        var result = try bindGiven(arguments, runspace: runspace)
        if !passesUnknownArguments { try applyDefaults(into: &result, runspace: runspace) }
        return result
    }

    /// `$PSDefaultParameterValues`: `'Command:Parameter'` keys (wildcards
    /// allowed on both sides) give values to the parameters a call to a
    /// cmdlet or advanced function left unbound; `Disabled = $true` turns
    /// them off; a script block value is run for its value.
    private func applyDefaults(into result: inout BindingResult, runspace: Runspace) throws {
        guard runspace.hasDefaultParameterValues,
              case .hashtable(let table)? = runspace.variable("PSDefaultParameterValues"), table.count > 0 else { return }
        if let disabled = table[string: "Disabled"], Conversion.toBool(disabled) { return }
        for (key, value) in table.entries {
            let text = Conversion.toString(key)
            guard let colon = text.lastIndex(of: ":") else { continue }
            let command = String(text[..<colon]).trimmingCharacters(), parameter = String(text[text.index(after: colon)...]).trimmingCharacters()
            guard Wildcard(command).matches(commandName), !parameter.isEmpty else { continue }
            for index in plan.all.indices where Wildcard(parameter).matches(plan.all[index].name) {
                let descriptor = plan.all[index]
                if !plan.isCommon(index), result.bound[descriptor.lowercasedName] != nil { continue }
                var given = value
                if case .scriptBlock(let block) = value {
                    given = try runspace.invokeBlockForValue(block, dollarUnder: nil, span: span)
                }
                if plan.isCommon(index) {
                    var fresh = CommonParameters()
                    try storeCommon(descriptor.name, given, into: &fresh, at: span)
                    result.common.fillUnset(from: fresh)
                } else if result.bound[descriptor.lowercasedName] == nil {
                    try store(index, given, into: &result, at: span)
                }
            }
        }
    }

    private func bindGiven(_ arguments: [InvocationArgument], runspace: Runspace) throws -> BindingResult {
        var result = BindingResult()
        var positionals: [(Value, SourceSpan?)] = []
        // A [Parameter(ValueFromRemainingArguments)] parameter takes what no
        // other parameter does, in the order written: each with its place.
        // (A built-in cmdlet's remaining-arguments parameter is its last positional one.)
        let remainingIndex = isCmdlet ? nil : plan.remainingArgumentsIndex
        var leftovers: [(order: Int, value: Value, location: SourceSpan?)] = []
        var positionalOrder: [Int] = []
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            switch argument {
            case .positional(let value, let location):
                positionals.append((value, location))
                positionalOrder.append(index)
            case .named(let name, let value, let location):
                guard let matched = try resolve(name, at: location) else {
                    guard remainingIndex != nil || passesUnknownArguments else {
                        throw bindingError("A parameter cannot be found that matches parameter name '\(name)'.",
                                           id: "NamedParameterNotFound", at: location)
                    }
                    // As pwsh's GetNextPositionalArgument: an unknown `-name` takes the argument after it
                    // along (`f -Name x` leaves x in $args, not in the first positional parameter).
                    let flagOrder = index
                    var taken = value
                    if taken == nil, index < arguments.count, case .positional(let next, _) = arguments[index] {
                        taken = next
                        index += 1
                    }
                    let flag = Value.string("-" + name + (value != nil ? ":" : ""))
                    if remainingIndex != nil {
                        leftovers.append((flagOrder, flag, location))
                        if let taken { leftovers.append((index, taken, location)) }
                    } else {
                        result.unbound.append(flag)
                        if let taken { result.unbound.append(taken) }
                    }
                    continue
                }
                let descriptor = plan.all[matched]
                var argumentValue = value
                if descriptor.isSwitch {
                    argumentValue = .bool(value.map(Conversion.toBool) ?? true)
                } else if argumentValue == nil {
                    if index < arguments.count, case .positional(let next, _) = arguments[index] {
                        argumentValue = next
                        index += 1
                    } else {
                        let type = descriptor.type.flatMap { TypeObject.resolve($0) } ?? "System.Object"
                        throw bindingError("Missing an argument for parameter '\(descriptor.name)'. Specify a parameter of type '\(type)' and try again.",
                                           id: "MissingArgument", at: location)
                    }
                }
                if plan.isCommon(matched) {
                    try storeCommon(descriptor.name, argumentValue!, into: &result.common, at: location)
                    continue
                }
                if result.bound[descriptor.lowercasedName] != nil {
                    throw bindingError("Cannot bind parameter because parameter '\(descriptor.name)' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, \"-parameter value1,value2,value3\".",
                                       id: "ParameterAlreadyBound", at: location)
                }
                try store(matched, argumentValue!, into: &result, at: location)
            }
        }
        var positional = isCmdlet ? openCmdletPositions(after: result.bound) : plan.openPositions(after: result.bound)
        if !isCmdlet, remainingIndex == nil, positionals.count > positional.count {
            // The default set has no room for them (and no parameter takes the rest): any set the bound parameters allow.
            positional = plan.openPositions(after: result.bound, preferringDefault: false)
        }
        if let remainingIndex {
            positional.removeAll { $0 == remainingIndex }
            var next = 0
            for (offset, (value, location)) in positionals.enumerated() {
                if next < positional.count {
                    try store(positional[next], value, into: &result, at: location)
                    next += 1
                } else {
                    leftovers.append((positionalOrder[offset], value, location))
                }
            }
            let name = plan.parameters[remainingIndex].descriptor.lowercasedName
            guard !leftovers.isEmpty else { return result }
            if result.bound[name] == nil {
                let ordered = leftovers.sorted { $0.order < $1.order }
                try store(remainingIndex, .list(ordered.map(\.value)), into: &result, at: ordered.first?.location)
            } else {
                throw bindingError("A positional parameter cannot be found that accepts argument '\(Conversion.toString(leftovers[0].value))'.",
                                   id: "PositionalParameterNotFound", at: leftovers[0].location)
            }
            return result
        }
        var next = 0
        for (offset, (value, location)) in positionals.enumerated() {
            if next < positional.count, plan.parameters[positional[next]].descriptor.takesRemainingArguments {
                let rest = positionals[offset...].map(\.0)
                try store(positional[next], rest.count == 1 ? rest[0] : .list(Array(rest)), into: &result, at: location)
                break
            }
            if next < positional.count {
                try store(positional[next], value, into: &result, at: location)
                next += 1
            } else if passesUnknownArguments {
                result.unbound.append(value)
            } else {
                throw bindingError("A positional parameter cannot be found that accepts argument '\(Conversion.toString(value))'.",
                                   id: "PositionalParameterNotFound", at: location)
            }
        }
        return result
    }

    /// Stores the value of declared parameter `index`, converted and validated.
    func store(_ index: Int, _ value: Value, into result: inout BindingResult, at location: SourceSpan?) throws {
        let descriptor = plan.parameters[index].descriptor
        if case .scriptBlock = value, isCmdlet, Self.delayBinds(descriptor) {
            // Run per input object later (takeDelayBoundScriptBlocks), not converted now.
            result.bound[descriptor.lowercasedName] = value
            result.boundNames.append(descriptor.name)
            return
        }
        result.bound[descriptor.lowercasedName] = try convertDeclared(index, value, at: location)
        result.boundNames.append(descriptor.name)
    }

    /// Converts and validates a value for declared parameter `index`.
    func convertDeclared(_ index: Int, _ value: Value, at location: SourceSpan?) throws -> Value {
        if plan.bindsUnchanged(index, value) { return value }
        let parameter = plan.parameters[index]
        // (Built-in cmdlets declare what they accept themselves.)
        if parameter.descriptor.isMandatory, !isCmdlet { try checkMandatoryValue(parameter, value, at: location) }
        let converted = try convert(parameter.descriptor, value, at: location, range: plan.validateRange(ofDeclared: index),
                                    conversion: plan.conversions[index], parameter: parameter)
        for validation in parameter.validations {
            let message: String?
            do {
                message = try validation.failure(converted) { block, item in
                    guard let runspace else { return true }
                    return Conversion.toBool(try runspace.invokeBlockForValue(block, dollarUnder: item, span: location))
                }
            } catch let error as ScriptError {
                // A validation script that throws: its message says why.
                message = error.record.message
            }
            if let message {
                throw bindingError("Cannot validate argument on parameter '\(parameter.descriptor.name)'. \(message)",
                                   id: "ParameterArgumentValidationError", at: location)
            }
        }
        return converted
    }

    /// A mandatory parameter refuses `$null`, `''` and an empty collection
    /// unless [AllowNull()], [AllowEmptyString()], [AllowEmptyCollection()].
    func checkMandatoryValue(_ parameter: BindableParameter, _ value: Value, at location: SourceSpan?) throws {
        let name = parameter.descriptor.name
        let allowance = parameter.allowance
        switch value.unwrapped {
        case .null where !allowance.null:
            throw bindingError("Cannot bind argument to parameter '\(name)' because it is null.",
                               id: "ParameterArgumentValidationErrorNullNotAllowed", at: location)
        case .string(let text) where text.isEmpty && !allowance.emptyString:
            throw bindingError("Cannot bind argument to parameter '\(name)' because it is an empty string.",
                               id: "ParameterArgumentValidationErrorEmptyStringNotAllowed", at: location)
        case .array(let array) where array.items.isEmpty && !allowance.emptyCollection:
            throw bindingError("Cannot bind argument to parameter '\(name)' because it is an empty array.",
                               id: "ParameterArgumentValidationErrorEmptyArrayNotAllowed", at: location)
        default:
            return
        }
    }

    /// Converts and validates a value for a parameter.
    public func convert(_ descriptor: ParameterDescriptor, _ value: Value, at location: SourceSpan?) throws -> Value {
        // A declared parameter (pipeline input too) gets its validation attributes checked.
        if let index = plan.declared(descriptor.lowercasedName) { return try convertDeclared(index, value, at: location) }
        return try convert(descriptor, value, at: location, range: nil, conversion: ParameterConversion(descriptor))
    }

    func convert(_ descriptor: ParameterDescriptor, _ value: Value, at location: SourceSpan?, range: (Value, Value)?,
                 conversion: ParameterConversion, parameter: BindableParameter? = nil) throws -> Value {
        if descriptor.refusesNullOrEmpty { try checkNotNullOrEmpty(descriptor, value, at: location) }
        var converted = value
        if case .none = conversion {
            if descriptor.isSwitch { converted = .native(SwitchParameterValue(Conversion.toBool(value))) }
        } else {
            do {
                switch conversion {
                case .to(let target):
                    if !passesUnknownArguments, target.fullName == "System.Boolean" || target.fullName == "System.Boolean[]" {
                        try refuseNonBooleans(value, at: location)
                    }
                    converted = try TypeConversion.convert(value, to: target, at: location)
                    // A built-in cmdlet's [long] parameter reads a plain integer, as its code expects.
                    if isCmdlet, target.isTypedNumber { converted = Self.plainNumbers(converted) }
                    // pwsh's binder leaves a null element of a cmdlet's string[] null
                    // (Test-Path $null, $null is NullPathNotPermitted twice, not two '' paths).
                    if isCmdlet, target.fullName == "System.String[]", case .array(let source) = value,
                       source.items.contains(where: \.isNull), case .array(let result) = converted, result.items.count == source.items.count {
                        converted = .array(ArrayValue(zip(source.items, result.items).map { $0.isNull ? .null : $1 },
                                                      elementType: result.elementType))
                    }
                case .unknownType(let type):
                    // A class or enum the script defined, else TypeNotFound.
                    converted = try runspace?.convert(value, toTypeNamed: type, at: location)
                        ?? TypeConversion.convert(value, to: type, at: location)
                case .none: break
                }
            } catch let error as ScriptError {
                let prefix = isCmdlet ? "Cannot bind parameter '\(descriptor.name)'." : "Cannot process argument transformation on parameter '\(descriptor.name)'."
                throw bindingError("\(prefix) \(error.record.message)", id: isCmdlet ? "CannotConvertArgumentNoMessage" : "ParameterArgumentTransformationError", at: location)
            }
        }
        if let set = descriptor.validateSet {
            let caseSensitive = parameter?.setIsCaseSensitive ?? false
            for item in converted.enumeratedItems {
                let text = Conversion.toString(item)
                guard !set.contains(where: { caseSensitive ? $0 == text : $0.lowercased() == text.lowercased() }) else { continue }
                let message = ParameterValidation.format(parameter?.setErrorMessage, text, set.joined(separator: ","))
                    ?? "The argument \"\(text)\" does not belong to the set \"\(set.joined(separator: ","))\" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again."
                throw bindingError("Cannot validate argument on parameter '\(descriptor.name)'. \(message)",
                                   id: "ParameterArgumentValidationError", at: location)
            }
        }
        if let (low, high) = range {
            for item in converted.enumeratedItems {
                if (try? Operators.order(item, low, caseSensitive: false, at: nil)) ?? 0 < 0 {
                    throw bindingError("Cannot validate argument on parameter '\(descriptor.name)'. The \(Conversion.toString(item)) argument is less than the minimum allowed range of \(Conversion.toString(low)). Supply an argument that is greater than or equal to \(Conversion.toString(low)) and then try the command again.",
                                       id: "ParameterArgumentValidationError", at: location)
                }
                if (try? Operators.order(item, high, caseSensitive: false, at: nil)) ?? 0 > 0 {
                    throw bindingError("Cannot validate argument on parameter '\(descriptor.name)'. The \(Conversion.toString(item)) argument is greater than the maximum allowed range of \(Conversion.toString(high)). Supply an argument that is less than or equal to \(Conversion.toString(high)) and then try the command again.",
                                       id: "ParameterArgumentValidationError", at: location)
                }
            }
        }
        return converted
    }

    static func plainNumbers(_ value: Value) -> Value {
        switch value {
        case .native(let number as NumberValue): return number.plainNumber
        case .array(let array):
            return .array(ArrayValue(array.items.map(plainNumbers), elementType: array.elementType))
        default: return value
        }
    }

    /// A cmdlet's or advanced function's `[bool]` parameter takes booleans and numbers only (pwsh's
    /// ArgumentTypeConverterAttribute): `'false'` would otherwise quietly be $true.
    private func refuseNonBooleans(_ value: Value, at location: SourceSpan?) throws {
        for item in value.enumeratedItems {
            switch item.unwrapped {
            case .bool, .int, .double, .null: continue
            case .native(let switchValue) where switchValue is SwitchParameterValue: continue
            case let other:
                throw ScriptError.runtime("Cannot convert value \"\(Conversion.fullTypeName(of: other))\" to type \"System.Boolean\". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.",
                                          id: "ArgumentTransformationMetadataException", at: location,
                                          type: "System.Management.Automation.ArgumentTransformationMetadataException")
            }
        }
    }

    /// `[ValidateNotNullOrEmpty()]`, with pwsh's error for each kind of emptiness.
    func checkNotNullOrEmpty(_ descriptor: ParameterDescriptor, _ value: Value, at location: SourceSpan?) throws {
        let kind: String
        switch value.unwrapped {
        case .null: kind = "NullNotAllowed"
        case .string(let text) where text.isEmpty: kind = "EmptyStringNotAllowed"
        case .array(let array) where array.items.isEmpty: kind = "EmptyArrayNotAllowed"
        case .array(let array) where array.items.contains(where: \.isNull): kind = "NullNotAllowed"
        default: return
        }
        throw bindingError("Cannot validate argument on parameter '\(descriptor.name)'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.",
                           id: "ParameterArgumentValidationError" + kind, at: location)
    }

    func storeCommon(_ name: String, _ value: Value, into common: inout CommonParameters, at location: SourceSpan?) throws {
        func action() throws -> ActionPreference {
            // pwsh's binder: $null and Suspend fail setting the property; a name may be shortened
            // to any prefix that is unambiguous (EnumMinimumDisambiguation).
            func settingFailed(_ inner: ExceptionObject) -> ScriptError {
                let setting = ExceptionObject(message: "Exception setting \"\(name)\": \"\(inner.message)\"",
                                              typeName: "System.Management.Automation.SetValueInvocationException", inner: inner)
                return bindingError("Cannot bind parameter '\(name)' to the target. \(setting.message)",
                                    id: "ParameterBindingFailed", at: location, inner: setting)
            }
            if value.unwrapped.isNull {
                throw settingFailed(ExceptionObject(message: "Cannot convert null to type \"\(ActionPreference.typeName)\".",
                                                    typeName: "System.Management.Automation.PSInvalidCastException"))
            }
            let written = Conversion.toString(value)
            let action: ActionPreference
            if let exact = ActionPreference(value: value) {
                action = exact
            } else {
                let names = EnumType.named(ActionPreference.typeName)?.members.map(\.name) ?? []
                let matches = written.isEmpty ? [] : names.filter { $0.lowercased().hasPrefix(written.lowercased()) }
                guard matches.count == 1, let only = ActionPreference(value: .string(matches[0])) else {
                    let reason = matches.count > 1
                        ? "The text \(written) matches multiple enumerator names: \(matches.joined(separator: ", "))."
                        : "Unable to match the identifier name \(written) to a valid enumerator name. Specify one of the following enumerator names and try again:\n\(names.joined(separator: ", "))"
                    throw bindingError("Cannot bind parameter '\(name)'. Cannot convert value \"\(written)\" to type \"\(ActionPreference.typeName)\". Error: \"\(reason)\"",
                                       id: "CannotConvertArgumentNoMessage", at: location)
                }
                action = only
            }
            if action == .suspend {
                throw settingFailed(ExceptionObject(message: "The Suspend ActionPreference value is reserved for future use and is not supported at this time. For more information about preference variables, see the Help topic, \"about_Preference_Variables.\"",
                                                    typeName: "System.NotSupportedException"))
            }
            return action
        }
        switch name {
        case "ErrorAction": common.errorAction = try action()
        case "WarningAction": common.warningAction = try action()
        case "InformationAction": common.informationAction = try action()
        case "ProgressAction": common.progressAction = try action()
        case "Verbose": common.verbose = Conversion.toBool(value)
        case "Debug": common.debug = Conversion.toBool(value)
        case "ErrorVariable": common.errorVariable = Conversion.toString(value)
        case "WarningVariable": common.warningVariable = Conversion.toString(value)
        case "OutVariable": common.outVariable = Conversion.toString(value)
        case "InformationVariable": common.informationVariable = Conversion.toString(value)
        case "PipelineVariable": common.pipelineVariable = Conversion.toString(value)
        case "WhatIf": common.whatIf = Conversion.toBool(value)
        case "Confirm": common.confirm = Conversion.toBool(value)
        default: break
        }
    }

    /// The parameter set `bound` selects (nil for a command without
    /// sets); PowerShell's AmbiguousParameterSet error when no set admits
    /// all of them. `pipelinePending`: pipeline input may yet bind a set's
    /// required parameters.
    public func chooseParameterSet(_ bound: [String: Value], pipelinePending: Bool) throws -> Int? {
        guard plan.hasSets else { return nil }
        guard let set = plan.chooseSet(plan.candidateSets(bound), bound, pipelinePending: pipelinePending) else {
            throw bindingError("Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.",
                               id: "AmbiguousParameterSet", at: nil)
        }
        return set
    }

    /// A chosen set's name, as `$PSCmdlet.ParameterSetName` gives it.
    public func setName(_ set: Int?) -> String { set.map(plan.setName) ?? "__AllParameterSets" }

    /// The names of mandatory parameters still unbound: those every call
    /// needs and those the chosen parameter set (`set`) requires.
    public func missingMandatory(_ bound: [String: Value], ignoringPipelineParameters: Bool, inSet set: Int?) -> [String] {
        guard plan.hasMandatoryParameters else { return [] }
        return parameters.indices.filter { index in
            let d = parameters[index].descriptor
            return plan.requires(index, inSet: set) && bound[d.lowercasedName] == nil
                && !(ignoringPipelineParameters && (d.fromPipeline || d.fromPipelineByPropertyName))
        }.map { parameters[$0].descriptor.name }
    }

    public func missingMandatoryError(_ names: [String]) -> ScriptError {
        bindingError("Cannot process command because of one or more missing mandatory parameters: \(names.joined(separator: " ")).",
                     id: "MissingMandatoryParameter", at: nil)
    }

    /// Binds a pipeline object to the parameters that take it; returns
    /// whether one did.
    public func bindPipelineInput(_ item: Value, into bound: inout [String: Value], runspace: Runspace) throws -> Bool {
        var didBind = false
        // Only parameters of a set the call may still mean take the object:
        // by value first, which can narrow the sets for by-property-name.
        var candidates = plan.hasSets ? plan.candidateSets(bound) : []
        func admitted(_ parameter: ParameterDescriptor) -> Bool {
            guard plan.hasSets, let index = plan.declared(parameter.lowercasedName) else { return true }
            return plan.admits(index, in: candidates)
        }
        var boundByValue: String?
        for parameter in plan.byValue where admitted(parameter) {
            if parameter.type == nil {
                bound[parameter.lowercasedName] = item
                boundByValue = parameter.lowercasedName
                didBind = true
                break
            }
            let converted: Value
            do {
                converted = try convert(parameter, item, at: nil)
            } catch let error as ScriptError where error.record.errorId.hasPrefix("ParameterArgumentValidationError") {
                // It converts but a validation attribute refuses it: that is the error, as in pwsh.
                throw error
            } catch {
                continue
            }
            bound[parameter.lowercasedName] = converted
            boundByValue = parameter.lowercasedName
            didBind = true
            break
        }
        if didBind, plan.hasSets { candidates = plan.candidateSets(bound) }
        for parameter in plan.byPropertyName where admitted(parameter) && parameter.lowercasedName != boundByValue {
            var property = runspace.memberValue(item, parameter.name)
            if property.isNull {
                for alias in parameter.aliases {
                    property = runspace.memberValue(item, alias)
                    if !property.isNull { break }
                }
            }
            if !property.isNull {
                bound[parameter.lowercasedName] = try convert(parameter, property, at: nil)
                didBind = true
            }
        }
        if !didBind, !plan.byValue.isEmpty || !plan.byPropertyName.isEmpty {
            let error = bindingError("The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.",
                                     id: "InputObjectNotBound", at: nil)
            throw ScriptError(error.record.targeting(item))
        }
        return didBind
    }
}

extension ParameterBinder {
    /// A built-in cmdlet's positional parameters still open: those the sets
    /// its named arguments allow admit (`Set-Content -LiteralPath f x` gives
    /// x to -Value, not to -Path), as pwsh binds. When no set allows them
    /// all, every one stays open, so that the set check reports pwsh's
    /// AmbiguousParameterSet.
    func openCmdletPositions(after bound: [String: Value]) -> [Int] {
        let open = plan.positionalIndices.filter { bound[plan.parameters[$0].descriptor.lowercasedName] == nil }
        guard plan.hasSets, !bound.isEmpty else { return open }
        let candidates = plan.candidateSets(bound)
        return candidates.isEmpty ? open : open.filter { plan.admits($0, in: candidates) }
    }

    /// pwsh's delay-bind script blocks: a script block given to a parameter
    /// that takes pipeline input and is not of type object or scriptblock
    /// (`Get-ChildItem *.log | Rename-Item -NewName { $_.Name + '.old' }`)
    /// runs for each input object, and its result is what binds. Takes
    /// them out of `bound`; an error when there is no input to run them on.
    func takeDelayBoundScriptBlocks(from bound: inout [String: Value], hasInput: Bool) throws -> [DelayBoundScriptBlock] {
        var delayed: [DelayBoundScriptBlock] = []
        for parameter in plan.parameters.map(\.descriptor) where Self.delayBinds(parameter) {
            guard case .scriptBlock(let block)? = bound[parameter.lowercasedName] else { continue }
            guard hasInput else {
                throw bindingError("Cannot evaluate parameter '\(parameter.name)' because its argument is specified as a script block and there is no input. A script block cannot be evaluated without input.",
                                   id: "ScriptBlockArgumentNoInput", at: nil, category: .metadataError)
            }
            bound[parameter.lowercasedName] = nil
            delayed.append(DelayBoundScriptBlock(parameter: parameter, block: block))
        }
        return delayed
    }

    /// Whether a script block given to `parameter` is delay-bound: it takes
    /// pipeline input and is typed, but not as object or scriptblock (pwsh's
    /// IsParameterScriptBlockBindable).
    static func delayBinds(_ parameter: ParameterDescriptor) -> Bool {
        guard parameter.fromPipeline || parameter.fromPipelineByPropertyName, let type = parameter.type?.lowercased() else { return false }
        return !["object", "object[]", "psobject", "scriptblock", "scriptblock[]"].contains(type)
    }

    /// Runs the delay-bound script blocks on `item` and binds their results.
    func bindDelayed(_ delayed: [DelayBoundScriptBlock], item: Value, into bound: inout [String: Value], runspace: Runspace) throws {
        for entry in delayed {
            let result = try runspace.invokeBlockForValue(entry.block, dollarUnder: item, span: nil)
            guard !result.isNull else {
                throw bindingError("Cannot evaluate parameter '\(entry.parameter.name)' because its argument input did not produce any output.",
                                   id: "ScriptBlockArgumentNoOutput", at: nil, category: .metadataError)
            }
            bound[entry.parameter.lowercasedName] = try convert(entry.parameter, result, at: nil)
        }
    }
}

/// A script block a cmdlet's pipeline parameter runs per input object.
struct DelayBoundScriptBlock {
    let parameter: ParameterDescriptor
    let block: ScriptBlock
}
