// A script block's param block compiled once, on its first call: the
// binding plan (names, aliases, positions and validation, read from the
// attributes) and, for each parameter, where its value goes and what it
// is when no argument gives one. ScriptBlockProcessor and the direct call
// both bind through it, so a rule about script parameters is written once.

import ShoalSyntax

/// One declared parameter of a script block, as a call defines it. (A
/// class: calls read it per parameter, and a struct of this many
/// references cost a retain for each on every read.)
final class ScriptParameter {
    let key: String
    let slot: Int
    let typeName: TypeNode?
    let isSwitch: Bool
    let defaultValue: ExpressionNode?
    /// The type the variable keeps after binding (a switch keeps none).
    let typeConstraint: String?
    /// A string or number type: unbound, the parameter is its empty value.
    let takesEmptyValue: Bool

    /// Types whose parameters default to their empty value, not `$null`.
    private static let emptyValueTypes: Set<String> = ["string", "int", "long", "double", "bool"]

    init(_ parameter: ParameterNode) {
        key = parameter.variable.key
        slot = parameter.variable.slot
        typeName = parameter.typeName
        isSwitch = parameter.typeName?.name.lowercased() == "switch"
        defaultValue = parameter.defaultValue
        typeConstraint = isSwitch ? nil : parameter.typeName?.name
        takesEmptyValue = parameter.typeName.map { Self.emptyValueTypes.contains($0.name.lowercased()) } ?? false
    }

    /// The value when no argument gave one: the default expression (run
    /// in the call's scope, so it may read earlier parameters), `$false`
    /// for a switch, the empty value of a string or number type, else `$null`.
    func unboundValue(_ runspace: Runspace) throws -> Value {
        if let defaultValue {
            // A typed parameter's default converts to its type, as a given argument does.
            let value = try runspace.evaluate(defaultValue)
            guard let typeConstraint, let typeName else { return value }
            return try runspace.convert(value, toTypeNamed: typeConstraint, at: typeName.span)
        }
        if isSwitch { return .native(SwitchParameterValue(false)) }
        if takesEmptyValue, let typeName {
            return try TypeConversion.convert(.null, to: typeName.name, at: typeName.span)
        }
        return .null
    }

    /// Defines the parameter's variable in the call's scope.
    func define(_ value: Value, in scope: Scope, useSlots: Bool) {
        if useSlots, slot >= 0 {
            scope.defineSlot(slot, value, typeConstraint: typeConstraint)
        } else {
            scope.defineLocal(key, VariableBox(value, typeConstraint: typeConstraint))
        }
    }
}

/// A script block's parameters, compiled once.
final class ScriptBindingPlan {
    let binding: BindingPlan
    let parameters: [ScriptParameter]
    /// `[CmdletBinding(SupportsShouldProcess)]`: its ConfirmImpact (Medium
    /// unless given); nil when the function does not support ShouldProcess.
    let confirmImpact: ConfirmImpact?

    init(_ node: ScriptBlockNode, in runspace: Runspace) throws {
        let declared = node.paramBlock?.parameters ?? []
        let compiled = try declared.map { try Self.bindable($0, in: runspace) }
        // [Parameter(ParameterSetName = 'S', Mandatory)] on each parameter
        // gives the sets, in the order first named, and what each requires.
        var setNames: [String] = []
        var members: [String: [String]] = [:], required: [String: Set<String>] = [:]
        for (parameter, memberships) in compiled {
            for (set, mandatory) in memberships {
                let key = set.lowercased()
                if members[key] == nil { setNames.append(set) }
                members[key, default: []].append(parameter.descriptor.name)
                if mandatory { required[key, default: []].insert(parameter.descriptor.name) }
            }
        }
        // pwsh numbers sets in a 32-bit mask.
        if setNames.count > 32 {
            throw ScriptError.runtime("Cannot get or run the command. The maximum number of parameter sets for this command has been exceeded.",
                                      id: "ParsingTooManyParameterSets", at: node.paramBlock?.span ?? node.span,
                                      type: "System.Management.Automation.MetadataException", category: .metadataError)
        }
        let sets = setNames.map { ParameterSetDescriptor($0, members[$0.lowercased()] ?? [], mandatory: required[$0.lowercased()] ?? []) }
        var defaultSet: String?
        var supportsShouldProcess = false
        var impact = ConfirmImpact.medium
        for attribute in node.paramBlock?.attributes ?? [] where attribute.name.lowercased() == "cmdletbinding" {
            for (name, value) in attribute.named {
                let argument = try value.map { try runspace.evaluate($0) }
                switch name.lowercased() {
                case "defaultparametersetname": defaultSet = argument.map(Conversion.toString)
                case "supportsshouldprocess": supportsShouldProcess = argument.map(Conversion.toBool) ?? true
                case "confirmimpact":
                    let text = argument.map(Conversion.toString) ?? ""
                    guard let given = ConfirmImpact(text) else {
                        throw ScriptError.runtime("Cannot convert value \"\(text)\" to type \"System.Management.Automation.ConfirmImpact\". Error: \"Unable to match the identifier name \(text) to a valid enumerator name. Specify one of the following enumerator names and try again:\nNone, Low, Medium, High\"",
                                                  id: "InvalidCastFromStringToEnum", at: value?.span ?? attribute.span, category: .invalidArgument)
                    }
                    impact = given
                default: break
                }
            }
        }
        confirmImpact = supportsShouldProcess ? impact : nil
        binding = BindingPlan(parameters: compiled.map(\.parameter), acceptsCommonParameters: node.isAdvanced,
                              passesUnknownArguments: !node.isAdvanced, isCmdlet: false, sets: sets, defaultSet: defaultSet,
                              supportsShouldProcess: supportsShouldProcess)
        parameters = declared.map(ScriptParameter.init)
    }

    /// The set every parameter belongs to unless it names others.
    static let allParameterSets = "__AllParameterSets"

    /// A script parameter's declaration for the binder; attribute
    /// arguments are evaluated in `runspace`'s current scope.
    /// With the parameter sets it names (a set and whether it is mandatory there).
    static func bindable(_ parameter: ParameterNode, in runspace: Runspace) throws
        -> (parameter: BindableParameter, sets: [(name: String, mandatory: Bool)]) {
        var position: Int?
        var mandatory = false
        var pipeline = false
        var byPropertyName = false
        var validateSet: [String]?
        var validateRange: (Value, Value)?
        var notNullOrEmpty = false
        var aliases: [String] = []
        var sets: [(name: String, mandatory: Bool)] = []
        var remaining = false
        var validations: [ParameterValidation] = []
        var allowance = ParameterAllowance()
        var setIsCaseSensitive = false
        var setErrorMessage: String?
        func named(_ attribute: AttributeNode, _ name: String) throws -> Value? {
            guard let entry = attribute.named.first(where: { $0.name.lowercased() == name }) else { return nil }
            return try entry.value.map { try runspace.evaluate($0) } ?? .bool(true)
        }
        func integers(_ attribute: AttributeNode) throws -> [Int] {
            try attribute.positional.map { try TypeConversion.toInteger(try runspace.evaluate($0), "System.Int32", attribute.span) }
        }
        for attribute in parameter.attributes {
            switch attribute.name.lowercased() {
            case "parameter":
                var set = allParameterSets, mandatoryHere = false
                for (name, valueExpression) in attribute.named {
                    let value = try valueExpression.map { try runspace.evaluate($0) } ?? .bool(true)
                    switch name.lowercased() {
                    case "mandatory": mandatoryHere = Conversion.toBool(value)
                    case "parametersetname": set = Conversion.toString(value)
                    case "position": position = try TypeConversion.toInteger(value, "System.Int32", attribute.span)
                    case "valuefrompipeline": pipeline = Conversion.toBool(value)
                    case "valuefrompipelinebypropertyname": byPropertyName = Conversion.toBool(value)
                    case "valuefromremainingarguments": remaining = Conversion.toBool(value)
                    default: break
                    }
                }
                if set.lowercased() == allParameterSets.lowercased() {
                    mandatory = mandatory || mandatoryHere
                } else {
                    sets.append((set, mandatoryHere))
                }
            case "validateset":
                validateSet = try attribute.positional.flatMap { try runspace.evaluate($0).enumeratedItems }.map(Conversion.toString)
                setIsCaseSensitive = try named(attribute, "ignorecase").map { !Conversion.toBool($0) } ?? false
                setErrorMessage = try named(attribute, "errormessage").map(Conversion.toString)
            case "validaterange":
                if attribute.positional.count == 2 {
                    validateRange = (try runspace.evaluate(attribute.positional[0]), try runspace.evaluate(attribute.positional[1]))
                } else if let kind = attribute.positional.first {
                    validations.append(.rangeKind(Conversion.toString(try runspace.evaluate(kind))))
                }
            case "validatenotnullorempty":
                notNullOrEmpty = true
            case "validatenotnull":
                validations.append(.notNull)
            case "validatenotnullorwhitespace":
                validations.append(.notNullOrWhiteSpace)
            case "validatecount", "validatelength":
                let bounds = try integers(attribute)
                guard bounds.count == 2 else { break }
                validations.append(attribute.name.lowercased() == "validatecount" ? .count(min: bounds[0], max: bounds[1])
                                   : .length(min: bounds[0], max: bounds[1]))
            case "validatepattern":
                guard let pattern = attribute.positional.first else { break }
                validations.append(.pattern(Conversion.toString(try runspace.evaluate(pattern)),
                                            errorMessage: try named(attribute, "errormessage").map(Conversion.toString)))
            case "validatescript":
                guard let script = attribute.positional.first, case .scriptBlock(let block) = try runspace.evaluate(script) else { break }
                validations.append(.script(block, errorMessage: try named(attribute, "errormessage").map(Conversion.toString)))
            case "allownull": allowance.null = true
            case "allowemptystring": allowance.emptyString = true
            case "allowemptycollection": allowance.emptyCollection = true
            case "alias":
                aliases = try attribute.positional.flatMap { try runspace.evaluate($0).enumeratedItems }.map(Conversion.toString)
            default:
                break
            }
        }
        let descriptor = ParameterDescriptor(parameter.variable.name, type: parameter.typeName?.name, position: position,
                                             mandatory: mandatory, pipeline: pipeline, pipelineByPropertyName: byPropertyName,
                                             aliases: aliases, validateSet: validateSet, notNullOrEmpty: notNullOrEmpty,
                                             remainingArguments: remaining)
        var bindable = BindableParameter(descriptor, validateRange: validateRange)
        bindable.validations = validations
        bindable.allowance = allowance
        bindable.setIsCaseSensitive = setIsCaseSensitive
        bindable.setErrorMessage = setErrorMessage
        return (bindable, sets)
    }
}

extension Runspace {
    /// `block`'s compiled parameters, made on its first call.
    func bindingPlan(for block: ScriptBlock) throws -> ScriptBindingPlan {
        if let plan = block.bindingPlan { return plan }
        let plan = try ScriptBindingPlan(block.node, in: self)
        block.bindingPlan = plan
        return plan
    }
}
