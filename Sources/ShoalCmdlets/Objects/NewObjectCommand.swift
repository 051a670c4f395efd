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
            ParameterDescriptor("TypeName", type: "string", position: 0, help: "The type to create: a full .NET name or an accelerator (datetime, version, uri); PSObject or Object gives an empty custom object."),
            ParameterDescriptor("ArgumentList", type: "object[]", position: 1, aliases: ["Args"], help: "The arguments for the type's constructor, as one array (-ArgumentList 1, 30, 0)."),
            ParameterDescriptor("Property", help: "A hashtable of property names and values to set."),
            ParameterDescriptor("Strict", type: "switch", help: "Accepted; shoal ignores it."),
        ],
        description: "Creates an object of a .NET type shoal knows (with -ArgumentList for its constructor and -Property to set properties), or a PSObject.",
        examples: [
            HelpExample("Create objects",
                        code: "(New-Object System.Collections.ArrayList).GetType().FullName\n(New-Object PSObject -Property @{ Name = 'web1' }).Name",
                        output: "System.Collections.ArrayList\nweb1\n"),
            HelpExample("Pass constructor arguments",
                        code: "$uri = New-Object System.Uri 'https://web1.internal:8443/api/health?full=1'\n$uri.Host, $uri.Port, $uri.AbsolutePath\n(New-Object TimeSpan -ArgumentList 1, 30, 0).TotalMinutes",
                        output: "web1.internal\n8443\n/api/health\n90\n"),
            HelpExample("Build report rows from hashtables",
                        code: "$checks = @{ web1 = 200; web2 = 503 }\n$checks.Keys | Sort-Object | ForEach-Object {\n    New-Object PSObject -Property ([ordered]@{ Host = $_; Status = $checks[$_]; Healthy = $checks[$_] -eq 200 })\n} | Format-Table",
                        output: "\nHost Status Healthy\n---- ------ -------\nweb1    200 True\nweb2    503 False\n\n",
                        remarks: "[pscustomobject]@{ ... } does the same in one step; New-Object PSObject -Property is what older scripts use."),
        ])
    public init() {}

    static let customObjectTypes: Set<String> = [
        "psobject", "pscustomobject", "system.management.automation.psobject", "object", "system.object",
    ]

    public func process(_ context: CmdletContext) throws {
        guard let typeName = context.string("TypeName") else {
            throw context.terminatingError("Cannot process command because of one or more missing mandatory parameters: TypeName.",
                                           id: "MissingMandatoryParameter", category: .invalidArgument,
                                           exceptionType: "System.Management.Automation.ParameterBindingException")
        }
        let properties = try propertyTable(context)
        let folded = typeName.lowercased().filter { $0 != " " }
        if folded == "system.management.automation.pscustomobject" {
            // [pscustomobject] is PSObject's accelerator; the PSCustomObject class itself has no public constructor.
            throw context.terminatingError("A constructor was not found. Cannot find an appropriate constructor for type \(typeName).",
                                           id: "CannotFindAppropriateCtor", category: .objectNotFound,
                                           exceptionType: "System.Management.Automation.PSArgumentException")
        }
        if NewObjectCommand.customObjectTypes.contains(folded) {
            let object = PSObject()
            for (key, value) in properties?.entries ?? [] { object.set(Conversion.toString(key), value) }
            try context.write(.object(object))
            return
        }
        let created = try construct(typeName, context.value("ArgumentList")?.enumeratedItems ?? [], context)
        if let properties, !properties.entries.isEmpty {
            // (Stop: a refused assignment ends the snippet here, instead of being written as the snippet's own error.)
            let assign = try ScriptSnippet.parse("param($o, $k, $v) $ErrorActionPreference = 'Stop'; $o.$k = $v", context: context)
            for (key, value) in properties.entries {
                do {
                    try ScriptSnippet.run(assign, arguments: [created, key, value], context: context)
                } catch is ScriptError {
                    // pwsh's SetObjectProperties: a missing member, or a value the property refuses.
                    let missing = !context.runspace.hasMember(created, Conversion.toString(key))
                    throw context.terminatingError(
                        missing ? "The member \"\(Conversion.toString(key))\" was not found for the specified \(Conversion.fullTypeName(of: created)) object."
                                : "The value supplied is not valid, or the property is read-only. Change the value, and then try again.",
                        id: missing ? "InvalidOperationException" : "SetValueException", category: missing ? .invalidOperation : .invalidData,
                        exceptionType: missing ? "System.InvalidOperationException" : "System.Exception")
                }
            }
        }
        try context.write(created)
    }

    func propertyTable(_ context: CmdletContext) throws -> HashtableValue? {
        guard let value = context.value("Property"), !value.isNull else { return nil }
        guard case .hashtable(let table) = value else {
            throw context.terminatingError("Cannot bind parameter 'Property'. Cannot convert the \"\(Conversion.toString(value))\" value of type \"\(Conversion.fullTypeName(of: value))\" to type \"System.Collections.IDictionary\".",
                                           id: "CannotConvertArgumentNoMessage", category: .invalidArgument,
                                           exceptionType: "System.Management.Automation.ParameterBindingException")
        }
        return table
    }

    /// A value type's default (`New-Object char` is [char]0, `New-Object int` 0); nil for other types.
    static func defaultValue(of typeName: String, _ context: CmdletContext) -> Value? {
        guard let full = TypeObject.resolve(typeName) else { return nil }
        switch full {
        case "System.Char": return .native(CharValue(Unicode.Scalar(0)))
        case "System.Boolean": return .bool(false)
        case "System.Int32", "System.Double": return try? TypeConversion.convert(.int(0), toFullName: full, at: context.span)
        default:
            guard NumberValue.Kind(fullName: full) != nil else { return nil }
            return try? TypeConversion.convert(.int(0), toFullName: full, at: context.span)
        }
    }

    /// `[Type]::new($args[0], ...)`, for a type name shoal resolves.
    func construct(_ typeName: String, _ arguments: [Value], _ context: CmdletContext) throws -> Value {
        let allowed = typeName.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || "._`[], ".unicodeScalars.contains($0) }
        guard allowed, TypeObject.resolve(typeName) != nil else {
            throw context.terminatingError("Cannot find type [\(typeName)]: verify that the assembly containing this type is loaded.",
                                           id: "TypeNotFound", category: .invalidType,
                                           exceptionType: "System.Management.Automation.PSArgumentException", target: .string(typeName))
        }
        if let element = typeName.hasSuffix("[]") ? String(typeName.dropLast(2)) : nil, arguments.count == 1 {
            // `New-Object int[] 10`: an array of that many default elements, as `[int[]]::new(10)`.
            let count = try TypeConversion.integer(arguments[0], "System.Int32", in: 0...Operators.maximumArrayLength, context.span)
            let zero = try? context.runspace.convert(.null, toTypeNamed: element, at: context.span)
            return try context.runspace.convert(.list(Array(repeating: zero ?? .null, count: count)), toTypeNamed: typeName, at: context.span)
        }
        if arguments.isEmpty, let zero = Self.defaultValue(of: typeName, context) { return zero }
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
        try run(parse(text, context: context), arguments: arguments, context: context)
    }

    /// The snippet parsed once, for a cmdlet that runs it many times.
    static func parse(_ text: String, context: CmdletContext) throws -> ScriptBlock {
        do {
            return ScriptBlock(try Parser.parseScript(SourceFile(name: context.commandName, text: text)))
        } catch {
            throw context.terminatingError(error.message, id: error.errorId, category: .parserError)
        }
    }

    @discardableResult
    static func run(_ block: ScriptBlock, arguments: [Value], context: CmdletContext) throws -> Value {
        let sink = CollectingSink()
        try context.runspace.invokeBlock(block, dollarUnder: nil, arguments: arguments, output: sink, span: context.span)
        return sink.result
    }
}
