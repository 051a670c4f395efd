// Objects that several runspaces may hold at once.

/// An immutable native object (a file's status read once, a process's
/// figures, a path): a thread job or `-Parallel` item gets the caller's
/// object itself, as in PowerShell, since nothing can change it.
public protocol ShareableObject: NativeObject, Sendable {
    /// Every property a serialized copy keeps.
    var serializedPropertyNames: [String] { get }
}

extension ShareableObject {
    /// By default, the displayed properties.
    public var serializedPropertyNames: [String] { propertyNames }
}

extension NativeObject {
    /// The type and its base types, most derived first, ending in System.Object.
    public var typeNameHierarchy: [String] {
        var names = [typeName]
        if let typed = self as? TypeHierarchyObject { names += typed.baseTypeNames }
        if names.last != "System.Object" { names.append("System.Object") }
        return names
    }
}
