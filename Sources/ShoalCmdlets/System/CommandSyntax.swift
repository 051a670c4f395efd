// Syntax lines as PowerShell prints them (CommandParameterSetInfo.ToString):
// positional parameters by position, then mandatory named ones, then the
// rest, e.g. `Start-Sleep [-Seconds] <double> [<CommonParameters>]`. Built
// from a cmdlet's descriptor (one line per parameter set it describes) or
// from a script function's param block.

import ShoalRuntime
import ShoalSyntax

/// One parameter as a syntax line and the help page show it.
struct SyntaxParameter {
    let name: String
    let type: String?
    let position: Int?
    let isMandatory: Bool
    let validateSet: [String]?
    let aliases: [String]
    let fromPipeline: Bool
    let fromPipelineByPropertyName: Bool

    var isSwitch: Bool { type?.lowercased() == "switch" }

    /// The type as PowerShell names it: accelerators in lower case, others by short name.
    var typeText: String {
        if let validateSet { return "{" + validateSet.joined(separator: " | ") + "}" }
        guard let type, !type.isEmpty else { return "Object" }
        let lower = type.lowercased()
        let isArray = lower.hasSuffix("[]")
        let element = isArray ? String(lower.dropLast(2)) : lower
        let short = element.hasPrefix("system.") ? String(element.dropFirst(7)) : element
        let named = Self.displayNames[short] ?? (type.split(separator: ".").last.map(String.init) ?? type)
        return isArray && !named.hasSuffix("[]") ? named + "[]" : named
    }

    static let displayNames: [String: String] = [
        "object": "Object", "psobject": "psobject", "string": "string", "int": "int", "int32": "int", "long": "long",
        "int64": "long", "double": "double", "bool": "bool", "boolean": "bool", "datetime": "datetime",
        "timespan": "timespan", "scriptblock": "scriptblock", "hashtable": "hashtable", "char": "char",
        "byte": "byte", "decimal": "decimal", "float": "float", "single": "float",
    ]

    /// `[-Name] <type>`, `[[-Name] <type>]`, `-Name <type>`, `[-Name]`...
    var syntaxText: String {
        if isSwitch { return isMandatory ? "-\(name)" : "[-\(name)]" }
        let core = position != nil ? "[-\(name)] <\(typeText)>" : "-\(name) <\(typeText)>"
        return isMandatory ? core : "[\(core)]"
    }

    init(_ descriptor: ParameterDescriptor, mandatory: Bool? = nil) {
        name = descriptor.name
        type = descriptor.type
        position = descriptor.position
        isMandatory = mandatory ?? descriptor.isMandatory
        validateSet = descriptor.validateSet
        aliases = descriptor.aliases
        fromPipeline = descriptor.fromPipeline
        fromPipelineByPropertyName = descriptor.fromPipelineByPropertyName
    }
}

enum CommandSyntax {
    /// The parameter sets of a cmdlet: as it describes them, or one set of everything.
    static func parameterSets(of cmdlet: RegisteredCmdlet) -> [[SyntaxParameter]] {
        let declared = cmdlet.descriptor.parameters
        let sets = cmdlet.descriptor.parameterSets
        guard !sets.isEmpty else { return [declared.map { SyntaxParameter($0) }] }
        let inSomeSet = Set(sets.flatMap(\.parameters))
        return sets.map { set in
            declared.filter { set.parameters.contains($0.name) || !inSomeSet.contains($0.name) }
                .map { SyntaxParameter($0, mandatory: $0.isMandatory || set.mandatory.contains($0.name)) }
        }
    }

    static func lines(for cmdlet: RegisteredCmdlet) -> [String] {
        parameterSets(of: cmdlet).map {
            line(cmdlet.descriptor.name, $0, common: true, shouldProcess: cmdlet.descriptor.confirmImpact != nil)
        }
    }

    static func lines(for command: CommandInfoObject, in runspace: Runspace) -> [String] {
        if let cmdlet = command.cmdlet { return lines(for: cmdlet) }
        guard let function = command.function else { return [command.name] }
        return [line(function.name, parameters(of: function, in: runspace), common: function.block.ast.isAdvanced)]
    }

    static func line(_ name: String, _ parameters: [SyntaxParameter], common: Bool, shouldProcess: Bool = false) -> String {
        let positional = parameters.filter { $0.position != nil }.sorted { ($0.position ?? 0) < ($1.position ?? 0) }
        let named = parameters.filter { $0.position == nil }
        let ordered = positional + named.filter(\.isMandatory) + named.filter { !$0.isMandatory }
        let parts = [name] + ordered.map(\.syntaxText) + (shouldProcess ? ["[-WhatIf]", "[-Confirm]"] : [])
            + (common ? ["[<CommonParameters>]"] : [])
        return parts.joined(separator: " ")
    }

    /// A script function's parameters. Without an explicit `Position`,
    /// every non-switch parameter is positional in declaration order, as
    /// PowerShell's default positional binding makes it.
    static func parameters(of function: FunctionInfo, in runspace: Runspace) -> [SyntaxParameter] {
        let declared = function.block.node.paramBlock?.parameters ?? []
        let attributes = declared.map { ParameterAttributes($0, runspace) }
        let explicit = attributes.contains { $0.position != nil }
        var nextPosition = 0
        return zip(declared, attributes).map { parameter, attribute in
            let isSwitch = parameter.typeName?.name.lowercased() == "switch"
            var position = attribute.position
            if !explicit, !isSwitch {
                position = nextPosition
                nextPosition += 1
            }
            let descriptor = ParameterDescriptor(parameter.variable.name, type: parameter.typeName?.name, position: position,
                                                 mandatory: attribute.isMandatory, pipeline: attribute.fromPipeline,
                                                 pipelineByPropertyName: attribute.fromPipelineByPropertyName,
                                                 aliases: attribute.aliases, validateSet: attribute.validateSet)
            return SyntaxParameter(descriptor)
        }
    }
}

/// What `[Parameter(...)]`, `[ValidateSet(...)]` and `[Alias(...)]` say
/// about one script parameter; values that fail to evaluate are ignored.
struct ParameterAttributes {
    var position: Int?
    var isMandatory = false
    var fromPipeline = false
    var fromPipelineByPropertyName = false
    var validateSet: [String]?
    var aliases: [String] = []

    init(_ parameter: ParameterNode, _ runspace: Runspace) {
        func evaluate(_ expression: ExpressionNode?) -> Value { expression.flatMap { try? runspace.evaluate($0) } ?? .bool(true) }
        for attribute in parameter.attributes {
            switch attribute.name.lowercased() {
            case "parameter":
                for (name, expression) in attribute.named {
                    let value = evaluate(expression)
                    switch name.lowercased() {
                    case "mandatory": isMandatory = Conversion.toBool(value)
                    case "position": if case .int(let n) = value { position = n }
                    case "valuefrompipeline": fromPipeline = Conversion.toBool(value)
                    case "valuefrompipelinebypropertyname": fromPipelineByPropertyName = Conversion.toBool(value)
                    default: break
                    }
                }
            case "validateset": validateSet = attribute.positional.flatMap { evaluate($0).enumeratedItems }.map(Conversion.toString)
            case "alias": aliases = attribute.positional.flatMap { evaluate($0).enumeratedItems }.map(Conversion.toString)
            default: break
            }
        }
    }
}
