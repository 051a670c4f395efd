// Classes and enums a script defines: defining them, finding them by name,
// converting to them, constructing instances and calling their methods.

import ShoalSyntax

extension Runspace {
    /// The script type `name` (`MyClass`, `[MyClass]`) in this runspace.
    public func scriptType(named name: String) -> ScriptTypeDefinition? {
        types.definition(named: name)
    }

    /// A .NET type's full name as written here: directly, or after one of
    /// the `using namespace` names.
    public func resolveTypeName(_ name: String) -> String? {
        if let full = TypeObject.resolve(name) { return full }
        for namespace in types.usingNamespaces {
            if let full = TypeObject.resolve(namespace + "." + name) { return full }
        }
        return nil
    }

    /// Defines the classes and enums of a block before its statements run.
    func define(_ definitions: [TypeDefinitionNode]) throws {
        for definition in definitions { try define(definition) }
    }

    func define(_ definition: TypeDefinitionNode) throws {
        let syntax = definition.syntax
        switch syntax.kind {
        case .enumType:
            try defineEnum(definition)
        case .classType:
            if let attribute = definition.attributes.first {
                throw ScriptError.runtime("The attribute [\(attribute.name)()] on class '\(syntax.name)' is not supported by shoal.",
                                          id: "ClassAttributeNotSupported", at: attribute.span, category: .notImplemented)
            }
            var base: ScriptClass?
            if let first = syntax.baseTypes.first {
                guard case .classType(let found)? = scriptType(named: first.name) else {
                    let what = TypeObject.resolve(first.name) != nil ? "is a .NET type" : "is not a class defined in PowerShell"
                    throw ScriptError.runtime(
                        "The class '\(syntax.name)' cannot derive from '\(first.name)': it \(what), and shoal classes derive only from classes defined in PowerShell.",
                        id: "BaseTypeNotSupported", at: first.span, category: .notImplemented)
                }
                base = found
            }
            if let extra = syntax.baseTypes.dropFirst().first {
                throw ScriptError.runtime("The class '\(syntax.name)' names '\(extra.name)' after its base class: .NET interfaces are not supported by shoal.",
                                          id: "InterfaceNotSupported", at: extra.span, category: .notImplemented)
            }
            let type = ScriptClass(node: definition, base: base, definingScope: scriptScope, globalScope: globalScope)
            types.define(syntax.name, as: .classType(type))
            for property in definition.properties where property.isStatic {
                let value = try property.defaultValue.map { try evaluate($0) } ?? .null
                type.staticValues[property.name.lowercased()] = try convert(value, to: property.typeName, at: syntax.span)
            }
        }
    }

    private func defineEnum(_ definition: TypeDefinitionNode) throws {
        var members: [(name: String, value: Int)] = []
        var next = 0
        for member in definition.enumMembers {
            var value = next
            if let expression = member.value {
                value = try TypeConversion.toInteger(try evaluate(expression), "System.Int32", member.span)
            }
            guard !members.contains(where: { $0.name.lowercased() == member.name.lowercased() }) else {
                throw ScriptError.runtime("The enumerator '\(member.name)' is defined more than once in '\(definition.name)'.",
                                          id: "MemberAlreadyDefined", at: member.span)
            }
            members.append((member.name, value))
            next = value + 1
        }
        let isFlags = definition.attributes.contains { $0.name.lowercased() == "flags" || $0.name.lowercased() == "system.flags" }
        let type = EnumType(definition.name, members.map(\.name), values: members.map(\.value), isFlags: isFlags)
        types.define(definition.name, as: .enumType(type))
    }

    /// `value` as the type written `type` (nil: untyped, as is), script types included.
    func convert(_ value: Value, to type: TypeNode?, at span: SourceSpan?) throws -> Value {
        guard let type else { return value }
        return try convert(value, toTypeNamed: type.name, at: span ?? type.span)
    }

    /// A conversion by type name that knows this runspace's classes and enums.
    public func convert(_ value: Value, toTypeNamed name: String, at span: SourceSpan?) throws -> Value {
        guard let definition = scriptType(named: name) else {
            return try TypeConversion.convert(value, to: types.usingNamespaces.isEmpty ? name : resolveTypeName(name) ?? name, at: span)
        }
        switch definition {
        case .enumType(let type):
            guard let converted = type.convert(value.unwrappedSingle) else {
                throw TypeConversion.failure(value, type.fullName, type.mismatch(value), span, id: "InvalidCastFromStringToEnum")
            }
            return .native(converted)
        case .classType(let type):
            return try convert(value, toClass: type, at: span)
        }
    }

    private func convert(_ value: Value, toClass type: ScriptClass, at span: SourceSpan?) throws -> Value {
        let value = value.unwrapped
        if case .native(let object as ScriptObject) = value, object.type.derives(from: type) { return value }
        if value.isNull { return .null }
        let entries: [(String, Value)]?
        switch value {
        case .hashtable(let table): entries = table.entries.map { (Conversion.toString($0.key), $0.value) }
        case .object(let object) where object.baseValue == nil: entries = object.properties.values.map { ($0.name, $0.value) }
        default: entries = nil
        }
        if let entries {
            // As pwsh: the default constructor, then each key set as a property.
            guard case .native(let object as ScriptObject) = try construct(type, arguments: [], at: span) else { return .null }
            for (name, entryValue) in entries {
                guard type.property(name, isStatic: false) != nil else {
                    let available = type.instanceProperties.map { "[\($0.name) <\($0.typeName.map { TypeObject.resolve($0.name) ?? $0.name } ?? "System.Object")>]" }
                    throw ScriptError.runtime(
                        "Cannot create object of type \"\(type.name)\". The \(name) property was not found for the \(type.name) object. The available property is: \(available.joined(separator: " , "))",
                        id: "ObjectCreationError", at: span, type: "System.Management.Automation.PSInvalidCastException",
                        category: .invalidArgument)
                }
                try object.setProperty(name, entryValue, span: span ?? type.node.syntax.span)
            }
            return .native(object)
        }
        if type.constructors.contains(where: { $0.arity == 1 }) { return try construct(type, arguments: [value], at: span) }
        throw ScriptError.runtime(
            "Cannot convert the \"\(Conversion.toString(value))\" value of type \"\(Conversion.fullTypeName(of: value))\" to type \"\(type.name)\".",
            id: "ConvertToFinalInvalidCastException", at: span, type: "System.Management.Automation.PSInvalidCastException",
            category: .invalidArgument, target: value)
    }

    /// `[MyClass]::new(args)`: the properties' defaults, then the
    /// constructor of that many parameters (a base class's first).
    func construct(_ type: ScriptClass, arguments: [Value], at span: SourceSpan?) throws -> Value {
        // A property default that builds its own class would recurse without end.
        calls.methodDepth += 1
        defer { calls.methodDepth -= 1 }
        if calls.methodDepth > CallStack.maximumDepth {
            var error = ScriptError.runtime("The script failed due to call depth overflow.", id: "CallDepthOverflow", at: span,
                                            type: "System.Management.Automation.ScriptCallDepthException", category: .invalidOperation)
            error.isScriptTerminating = true
            throw error
        }
        let constructor = try chooseConstructor(type, argumentCount: arguments.count, at: span)
        let object = ScriptObject(type: type, runspace: self)
        for property in type.instanceProperties {
            let initial = try property.defaultValue.map { expression in
                try withScope(Scope(parent: type.definingScope, layout: nil), slotsUsable: false) { try evaluate(expression) }
            } ?? .null
            object.values[property.name.lowercased()] = try convert(initial, to: property.typeName, at: span)
        }
        try runConstructor(constructor, of: type, on: object, arguments: arguments, at: span)
        return .native(object)
    }

    private func chooseConstructor(_ type: ScriptClass, argumentCount: Int, at span: SourceSpan?) throws -> MethodNode? {
        let constructors = type.constructors
        if constructors.isEmpty, argumentCount == 0 { return nil }
        guard let chosen = constructors.first(where: { $0.arity == argumentCount }) else {
            throw ScriptError.runtime("Cannot find an overload for \"new\" and the argument count: \"\(argumentCount)\".",
                                      id: "MethodCountCouldNotFindBest", at: span, type: "System.Management.Automation.MethodException")
        }
        return chosen
    }

    private func runConstructor(_ constructor: MethodNode?, of type: ScriptClass, on object: ScriptObject, arguments: [Value],
                                at span: SourceSpan?) throws {
        guard let constructor else {
            if let base = type.base {
                try runConstructor(try chooseConstructor(base, argumentCount: 0, at: span), of: base, on: object, arguments: [], at: span)
            }
            return
        }
        let scope = try methodScope(constructor, of: type, this: .native(object), arguments: arguments)
        if let base = type.base {
            let baseArguments = try withScope(scope, slotsUsable: true) {
                try (constructor.baseArguments ?? []).map { try evaluate($0) }
            }
            try runConstructor(try chooseConstructor(base, argumentCount: baseArguments.count, at: span), of: base, on: object,
                               arguments: baseArguments, at: span)
        }
        _ = try runMethodBody(constructor, in: scope)
    }

    /// Calls a script class's method: its own scope below the class's,
    /// arguments converted to the parameters' types, `$this` set; only
    /// `return` gives a value (converted to the declared type).
    public func invokeScriptMethod(_ method: MethodNode, of type: ScriptClass, this: Value?, arguments: [Value],
                                   span: SourceSpan) throws -> Value? {
        let scope = try methodScope(method, of: type, this: this, arguments: arguments)
        let result = try runMethodBody(method, in: scope)
        if method.returnsNothing { return nil }
        return try convert(result ?? .null, to: method.returnType, at: span)
    }

    private func methodScope(_ method: MethodNode, of type: ScriptClass, this: Value?, arguments: [Value]) throws -> Scope {
        let scope = Scope(parent: type.definingScope, layout: method.body.layout)
        let parameters = method.body.paramBlock?.parameters ?? []
        for (parameter, argument) in zip(parameters, arguments) {
            let value = try convert(argument, to: parameter.typeName, at: parameter.span)
            if parameter.variable.slot >= 0 {
                scope.defineSlot(parameter.variable.slot, value, typeConstraint: parameter.typeName?.name)
            } else {
                scope.setLocal(parameter.variable.key, value)
            }
        }
        if let this { scope.setLocal("this", this) }
        return scope
    }

    /// Runs a method's body with its output discarded (a method gives only
    /// what `return` gives) and its errors ending it, as pwsh runs methods.
    private func runMethodBody(_ method: MethodNode, in scope: Scope) throws -> Value? {
        guard let body = method.body.endBlock else { return nil }
        calls.methodDepth += 1
        calls.tryDepth += 1
        let savedReturn = calls.methodReturnValue
        calls.methodReturnValue = nil
        defer {
            calls.methodDepth -= 1
            calls.tryDepth -= 1
            calls.methodReturnValue = savedReturn
        }
        if calls.methodDepth > CallStack.maximumDepth {
            var error = ScriptError.runtime("The script failed due to call depth overflow.", id: "CallDepthOverflow", at: method.span,
                                            type: "System.Management.Automation.ScriptCallDepthException", category: .invalidOperation)
            error.isScriptTerminating = true
            throw error
        }
        try withScope(scope, slotsUsable: true) {
            do {
                try execute(body, output: NullSink())
            } catch ControlFlow.returnFromBlock {
            }
        }
        return calls.methodReturnValue
    }

    /// `[MyClass]::Member` and `[MyClass]::Method(args)`, `[MyEnum]::Name`.
    func staticMember(of definition: ScriptTypeDefinition, _ name: String, arguments: [Value]?, span: SourceSpan) throws -> Value? {
        switch definition {
        case .enumType(let type):
            if arguments == nil, let member = type.member(name) { return .native(member) }
            if arguments != nil {
                throw ScriptError.runtime("Method invocation failed because [\(type.fullName)] does not contain a method named '\(name)'.",
                                          id: "MethodNotFound", at: span)
            }
            return try missingStaticProperty(name, span: span)
        case .classType(let type):
            if let arguments {
                if name.lowercased() == "new" { return try construct(type, arguments: arguments, at: span) }
                if let (method, owner) = type.method(name, arity: arguments.count, isStatic: true) {
                    return try invokeScriptMethod(method, of: owner, this: nil, arguments: arguments, span: span)
                }
                throw ScriptError.runtime(type.hasMethod(name, isStatic: true)
                    ? "Cannot find an overload for \"\(name)\" and the argument count: \"\(arguments.count)\"."
                    : "Method invocation failed because [\(type.name)] does not contain a method named '\(name)'.",
                    id: type.hasMethod(name, isStatic: true) ? "MethodCountCouldNotFindBest" : "MethodNotFound", at: span)
            }
            if let (property, owner) = type.property(name, isStatic: true) {
                return owner.staticValues[property.name.lowercased()] ?? .null
            }
            return try missingStaticProperty(name, span: span)
        }
    }

    /// `[MyClass]::Member = value`.
    func setStaticMember(of type: ScriptClass, _ name: String, _ value: Value, span: SourceSpan) throws {
        guard let (property, owner) = type.property(name, isStatic: true) else {
            throw ScriptError.runtime("The property '\(name)' cannot be found on type [\(type.name)].", id: "PropertyNotFound", at: span)
        }
        owner.staticValues[property.name.lowercased()] = try convert(value, to: property.typeName, at: span)
    }
}
