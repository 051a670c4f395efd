// Format-Custom (fc): each object as pwsh's custom view without a
// declared one shows it: `class TypeName { Property = value }`, nested
// objects and collections indented under their property, -Depth levels
// deep (5 by default; deeper objects show as their strings).

import ShoalRuntime

public final class FormatCustomCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Format-Custom", synopsis: "Uses a customized view to format the output.",
        parameters: [
            ParameterDescriptor("Property", type: "object[]", position: 0, help: "The properties to show (wildcards allowed)."),
            ParameterDescriptor("Depth", type: "int", help: "How many levels of nested objects are shown (5 by default)."),
            ParameterDescriptor("InputObject", pipeline: true, help: "The objects to format."),
            ParameterDescriptor("Expand", type: "string", validateSet: ["CoreOnly", "EnumOnly", "Both"],
                                help: "Whether a collection shows as its elements (EnumOnly, the default), itself, or both."),
            ParameterDescriptor("GroupBy", help: "Accepted; objects are not grouped."),
            ParameterDescriptor("View", type: "string", help: "Accepted; no custom views are loaded."),
            ParameterDescriptor("Force", type: "switch", help: "Accepted for compatibility."),
        ],
        description: "Shows every property of each object, and of the objects in its properties, as nested class blocks: the shape of data that a table or list would flatten.",
        examples: [
            HelpExample("See nested data",
                        code: "[pscustomobject]@{ Name = 'web1'; Ports = 80, 443; Owner = [pscustomobject]@{ Team = 'ops' } } | Format-Custom",
                        output: "\nclass PSCustomObject\n{\n  Name = web1\n  Ports = \n    [\n      80\n      443\n    ]\n    \n  Owner = \n    class PSCustomObject\n    {\n      Team = ops\n    }\n}\n\n"),
            HelpExample("Pick the properties to expand",
                        code: "$svc = [pscustomobject]@{\n    Name = 'api'\n    Replicas = 3\n    Spec = [pscustomobject]@{ Image = 'api:1.4'; Env = [pscustomobject]@{ LOG = 'info' } }\n}\n$svc | Format-Custom Name, Spec",
                        output: "\nclass PSCustomObject\n{\n  Name = api\n  Spec = \n    class PSCustomObject\n    {\n      Image = api:1.4\n      Env = \n        class PSCustomObject\n        {\n          LOG = info\n        }\n    }\n}\n\n"),
            HelpExample("Stop expanding below a depth",
                        code: "$svc = [pscustomobject]@{ Name = 'api'; Spec = [pscustomobject]@{ Image = 'api:1.4'; Port = 8080 } }\n$svc | Format-Custom -Depth 1",
                        output: "\nclass PSCustomObject\n{\n  Name = api\n  Spec = @{Image=api:1.4; Port=8080}\n}\n\n",
                        remarks: "Below -Depth, an object shows as its string form."),
        ])

    private var writer: FormatSequenceWriter?
    private var specs: [FormatPropertySpec]?
    private var depth = 5
    public init() {}

    public func begin(_ context: CmdletContext) throws {
        (writer, specs) = try FormatSequenceWriter.begin(context)
        depth = try context.integer("Depth", minimum: 0) ?? 5
    }

    public func process(_ context: CmdletContext) throws {
        guard let writer else { return }
        try writer.forEachObject(context, hasProperties: specs != nil) { object in
            try writer.write(object, context: context, shape: { .complex }, entries: { [.complex(try text(for: object, context))] })
        }
    }

    public func end(_ context: CmdletContext) throws { try writer?.finish(context: context) }

    private func text(for object: Value, _ context: CmdletContext) throws -> String {
        guard let specs else { return FormatCustomCommand.lines(object, depth: depth).joined(separator: "\n") }
        let fields = try FormatPropertySpec.expand(specs, for: object).map { spec in
            (spec.label, try spec.value(for: object, runspace: context.runspace))
        }
        return FormatCustomCommand.classLines(FormatCustomCommand.shortTypeName(object), fields, depth: depth).joined(separator: "\n")
    }

    /// The lines showing `value`, with `depth` levels of nesting left.
    static func lines(_ value: Value, depth: Int) -> [String] {
        let value = value.unwrapped
        if case .string = value { return [Conversion.toString(value)] }
        if isCollection(value) {
            guard depth > 0 else { return [Conversion.toString(value)] }
            return ["["] + value.enumeratedItems.flatMap { lines($0, depth: depth - 1).map { "  " + $0 } } + ["]"]
        }
        guard depth > 0, let properties = OutputFormatter.properties(of: value), !properties.isEmpty else {
            return [OutputFormatter.cellText(value)]
        }
        return classLines(shortTypeName(value), properties.map { ($0.name, $0.value) }, depth: depth)
    }

    static func classLines(_ typeName: String, _ fields: [(String, Value)], depth: Int) -> [String] {
        var result = ["class \(typeName)", "{"]
        for (name, field) in fields {
            let nested = lines(field, depth: depth - 1)
            let isBlock = isCollection(field.unwrapped) || nested.count > 1
            if isBlock {
                result.append("  \(name) = ")
                result += nested.map { "    " + $0 }
                // pwsh leaves an indented blank line after a collection.
                if isCollection(field.unwrapped) { result.append("    ") }
            } else {
                result.append("  \(name) = \(nested.first ?? "")")
            }
        }
        result.append("}")
        return result
    }

    static func isCollection(_ value: Value) -> Bool {
        switch value {
        case .array: return true
        case .native(let native): return native is EnumerableObject
        default: return false
        }
    }

    /// `PSCustomObject`, `DateTime`: the type's name without its namespace.
    static func shortTypeName(_ value: Value) -> String {
        let full = Conversion.fullTypeName(of: value.unwrapped)
        return String(full.split(separator: ".").last ?? Substring(full))
    }
}
