// A class a script defines: its members, its base class, its static
// values. Defined per runspace, as pwsh defines a script's classes in the
// session that runs it (a thread job that needs them defines them again).

import ShoalSyntax

/// What a script-defined type name stands for in a runspace.
public enum ScriptTypeDefinition {
    case classType(ScriptClass)
    case enumType(EnumType)

    public var name: String {
        switch self {
        case .classType(let type): return type.name
        case .enumType(let type): return type.fullName
        }
    }
}

/// `class Name : Base { ... }`, defined.
public final class ScriptClass {
    let node: TypeDefinitionNode
    public let name: String
    let base: ScriptClass?
    /// Where the class was defined: its methods' scopes hang below it.
    /// (Weak: that scope's variables may hold the class's instances.)
    private weak var definedIn: Scope?
    /// The runspace's global scope, for a class whose defining scope has gone.
    private weak var fallbackScope: Scope?
    var definingScope: Scope { definedIn ?? fallbackScope ?? Scope(parent: nil, layout: nil) }
    /// Static properties by lower-cased name.
    var staticValues: [String: Value] = [:]

    init(node: TypeDefinitionNode, base: ScriptClass?, definingScope: Scope, globalScope: Scope) {
        self.node = node
        name = node.name
        self.base = base
        definedIn = definingScope
        fallbackScope = globalScope
    }

    /// The classes from this one up to its root.
    var lineage: [ScriptClass] {
        var chain: [ScriptClass] = []
        var current: ScriptClass? = self
        while let type = current { chain.append(type); current = type.base }
        return chain
    }

    /// Instance properties, the base class's first (each name once: a
    /// derived class's declaration of a name replaces the base's).
    var instanceProperties: [PropertyNode] {
        var seen: Set<String> = []
        var result: [PropertyNode] = []
        for type in lineage.reversed() {
            for property in type.node.properties where !property.isStatic {
                let key = property.name.lowercased()
                if let index = result.firstIndex(where: { $0.name.lowercased() == key }) {
                    result[index] = property
                } else if seen.insert(key).inserted {
                    result.append(property)
                }
            }
        }
        return result
    }

    /// The property declaration for `name` (instance or static), nearest class first.
    func property(_ name: String, isStatic: Bool) -> (PropertyNode, ScriptClass)? {
        let key = name.lowercased()
        for type in lineage {
            if let property = type.node.properties.first(where: { $0.isStatic == isStatic && $0.name.lowercased() == key }) {
                return (property, type)
            }
        }
        return nil
    }

    /// The method `name` taking `arity` arguments, nearest class first (an
    /// override hides the base's method of the same name and arity).
    func method(_ name: String, arity: Int, isStatic: Bool) -> (MethodNode, ScriptClass)? {
        let key = name.lowercased()
        for type in lineage {
            if let method = type.node.methods.first(where: {
                !$0.isConstructor && $0.isStatic == isStatic && $0.arity == arity && $0.name.lowercased() == key
            }) {
                return (method, type)
            }
        }
        return nil
    }

    /// Whether any class of the lineage has a method `name`, whatever its arity.
    func hasMethod(_ name: String, isStatic: Bool) -> Bool {
        let key = name.lowercased()
        return lineage.contains { $0.node.methods.contains { !$0.isConstructor && $0.isStatic == isStatic && $0.name.lowercased() == key } }
    }

    var constructors: [MethodNode] { node.methods.filter(\.isConstructor) }

    func derives(from other: ScriptClass) -> Bool { lineage.contains { $0 === other } }
}
