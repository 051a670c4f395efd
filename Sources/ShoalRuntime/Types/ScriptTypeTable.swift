// The type names a runspace's scripts added: the classes and enums they
// defined and the namespaces `using namespace` opened.

/// A runspace's script-defined types and `using namespace` names.
struct ScriptTypeTable {
    /// The classes and enums scripts defined here, by lower-cased name.
    private var definitions: [String: ScriptTypeDefinition] = [:]
    /// `using namespace` names, in the order written.
    private(set) var usingNamespaces: [String] = []

    /// The class or enum `name` (any case).
    func definition(named name: String) -> ScriptTypeDefinition? {
        definitions.isEmpty ? nil : definitions[name.lowercased()]
    }

    /// Defines (or redefines, as pwsh does) the class or enum `name`.
    mutating func define(_ name: String, as definition: ScriptTypeDefinition) {
        definitions[name.lowercased()] = definition
    }

    /// `using namespace name`: once, however often it is written.
    mutating func use(namespace name: String) {
        guard !name.isEmpty, !usingNamespaces.contains(where: { $0.lowercased() == name.lowercased() }) else { return }
        usingNamespaces.append(name)
    }
}
