// New-Object: `New-Object PSObject -Property @{...}` builds a
// PSCustomObject; any other type shoal knows (the generic List, ArrayList,
// hashtable, StringBuilder, the exception types...) is built the way
// `[Type]::new(args)` builds it, so New-Object and `::new()` cannot drift
// apart. -Property then sets properties on the new object.

import ShoalRuntime
import ShoalSyntax

public final class NewObjectCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "New-Object", synopsis: "Creates an instance of a .NET or COM object.",
        parameters: [
            ParameterDescriptor("TypeName", type: "string", position: 0),
            ParameterDescriptor("ArgumentList", type: "object[]", position: 1, aliases: ["Args"]),
            ParameterDescriptor("Property", help: "A hashtable of property names and values to set."),
            ParameterDescriptor("ComObject", type: "string"),
            ParameterDescriptor("Strict", type: "switch"),
        ])
    public init() {}

    static let customObjectTypes: Set<String> = [
        "psobject", "pscustomobject", "system.management.automation.psobject",
        "system.management.automation.pscustomobject", "object", "system.object",
    ]

    public func process(_ context: CmdletContext) throws {
        if context.has("ComObject") {
            throw context.terminatingError("A COM object cannot be created on this platform.", id: "NoCOMClassIdentified",
                                           category: .resourceUnavailable, exceptionType: "System.PlatformNotSupportedException")
        }
        guard let typeName = context.string("TypeName") else {
            throw context.terminatingError("Cannot process command because of one or more missing mandatory parameters: TypeName.",
                                           id: "MissingMandatoryParameter", category: .invalidArgument,
                                           exceptionType: "System.Management.Automation.ParameterBindingException")
        }
        let properties = try propertyTable(context)
        if NewObjectCommand.customObjectTypes.contains(typeName.lowercased().filter { $0 != " " }) {
            let object = PSObject()
            for (key, value) in properties?.entries ?? [] { object.set(Conversion.toString(key), value) }
            try context.write(.object(object))
            return
        }
        let created = try construct(typeName, context.value("ArgumentList")?.enumeratedItems ?? [], context)
        if let properties, !properties.entries.isEmpty {
            try ScriptSnippet.run("param($o, $p) foreach ($k in $p.Keys) { $o.$k = $p[$k] }",
                                  arguments: [created, .hashtable(properties)], context: context)
        }
        try context.write(created)
    }

    func propertyTable(_ context: CmdletContext) throws -> HashtableValue? {
        guard let value = context.value("Property") else { return nil }
        guard case .hashtable(let table) = value else {
            throw context.terminatingError("Cannot bind parameter 'Property'. Cannot convert the \"\(Conversion.toString(value))\" value of type \"\(Conversion.fullTypeName(of: value))\" to type \"System.Collections.IDictionary\".",
                                           id: "CannotConvertArgumentNoMessage", category: .invalidArgument,
                                           exceptionType: "System.Management.Automation.ParameterBindingException")
        }
        return table
    }

    /// `[Type]::new($args[0], ...)`, for a type name shoal resolves.
    func construct(_ typeName: String, _ arguments: [Value], _ context: CmdletContext) throws -> Value {
        let allowed = typeName.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "._`[], ".unicodeScalars.contains($0) }
        guard allowed, TypeObject.resolve(typeName) != nil else {
            throw context.terminatingError("Cannot find type [\(typeName)]: verify that the assembly containing this type is loaded.",
                                           id: "TypeNotFound", category: .invalidType,
                                           exceptionType: "System.Management.Automation.PSArgumentException", target: .string(typeName))
        }
        let argumentList = arguments.indices.map { "$args[\($0)]" }.joined(separator: ", ")
        // The unary comma keeps a new (empty) list from unrolling to nothing.
        return try ScriptSnippet.run(",([\(typeName)]::new(\(argumentList)))", arguments: arguments, context: context)
    }
}

/// Runs a small fixed script with arguments, for cmdlets that reuse what
/// the language already does (construction, property assignment).
enum ScriptSnippet {
    @discardableResult
    static func run(_ text: String, arguments: [Value], context: CmdletContext) throws -> Value {
        let ast: ScriptBlockAst
        do {
            ast = try Parser.parseScript(SourceFile(name: context.commandName, text: text))
        } catch {
            throw context.terminatingError(error.message, id: error.errorId, category: .parserError)
        }
        let sink = CollectingSink()
        try context.runspace.invokeBlock(ScriptBlock(ast), dollarUnder: nil, arguments: arguments, output: sink, span: context.span)
        return sink.result
    }
}
