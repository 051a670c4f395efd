// A script block's param block compiled once, on its first call: the
// binding plan (names, aliases, positions and validation, read from the
// attributes) and, for each parameter, where its value goes and what it
// is when no argument gives one. ScriptBlockProcessor and the direct call
// both bind through it, so a rule about script parameters is written once.

import ShoalSyntax

/// One declared parameter of a script block, as a call defines it.
struct ScriptParameter {
    let key: String
    let slot: Int
    let typeName: TypeName?
    let isSwitch: Bool
    let defaultValue: Expression?
    /// The type the variable keeps after binding (a switch keeps none).
    let typeConstraint: String?

    /// Types whose parameters default to their empty value, not `$null`.
    private static let emptyValueTypes: Set<String> = ["string", "int", "long", "double", "bool"]

    init(_ parameter: ParameterAst) {
        key = parameter.variable.key
        slot = parameter.variable.slot
        typeName = parameter.typeName
        isSwitch = parameter.typeName?.name.lowercased() == "switch"
        defaultValue = parameter.defaultValue
        typeConstraint = isSwitch ? nil : parameter.typeName?.name
    }

    /// The value when no argument gave one: the default expression (run
    /// in the call's scope, so it may read earlier parameters), `$false`
    /// for a switch, the empty value of a string or number type, else `$null`.
    func unboundValue(_ runspace: Runspace) throws -> Value {
        if let defaultValue { return try runspace.evaluate(defaultValue) }
        if isSwitch { return .native(SwitchParameterValue(false)) }
        if let typeName, Self.emptyValueTypes.contains(typeName.name.lowercased()) {
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

    init(_ ast: ScriptBlockAst, in runspace: Runspace) throws {
        let declared = ast.paramBlock?.parameters ?? []
        binding = BindingPlan(parameters: try declared.map { try Self.bindable($0, in: runspace) },
                              acceptsCommonParameters: ast.isAdvanced, passesUnknownArguments: !ast.isAdvanced, isCmdlet: false)
        parameters = declared.map(ScriptParameter.init)
    }

    /// A script parameter's declaration for the binder; attribute
    /// arguments are evaluated in `runspace`'s current scope.
    static func bindable(_ parameter: ParameterAst, in runspace: Runspace) throws -> BindableParameter {
        var position: Int?
        var mandatory = false
        var pipeline = false
        var byPropertyName = false
        var validateSet: [String]?
        var validateRange: (Value, Value)?
        var aliases: [String] = []
        for attribute in parameter.attributes {
            switch attribute.name.lowercased() {
            case "parameter":
                for (name, valueExpression) in attribute.named {
                    let value = try valueExpression.map { try runspace.evaluate($0) } ?? .bool(true)
                    switch name.lowercased() {
                    case "mandatory": mandatory = Conversion.toBool(value)
                    case "position": position = try TypeConversion.toInteger(value, "System.Int32", attribute.span)
                    case "valuefrompipeline": pipeline = Conversion.toBool(value)
                    case "valuefrompipelinebypropertyname": byPropertyName = Conversion.toBool(value)
                    default: break
                    }
                }
            case "validateset":
                validateSet = try attribute.positional.flatMap { try runspace.evaluate($0).enumeratedItems }.map(Conversion.toString)
            case "validaterange":
                if attribute.positional.count == 2 {
                    validateRange = (try runspace.evaluate(attribute.positional[0]), try runspace.evaluate(attribute.positional[1]))
                }
            case "alias":
                aliases = try attribute.positional.flatMap { try runspace.evaluate($0).enumeratedItems }.map(Conversion.toString)
            default:
                break
            }
        }
        let descriptor = ParameterDescriptor(parameter.variable.name, type: parameter.typeName?.name, position: position,
                                             mandatory: mandatory, pipeline: pipeline, pipelineByPropertyName: byPropertyName,
                                             aliases: aliases, validateSet: validateSet)
        return BindableParameter(descriptor, validateRange: validateRange)
    }
}

extension Runspace {
    /// `block`'s compiled parameters, made on its first call.
    func bindingPlan(for block: ScriptBlock) throws -> ScriptBindingPlan {
        if let plan = block.bindingPlan { return plan }
        let plan = try ScriptBindingPlan(block.ast, in: self)
        block.bindingPlan = plan
        return plan
    }
}
