// A runspace's aliases: each name as it was written, what it runs, a note,
// and whether it is read-only or constant. Command look-up asks only for a
// definition by lower-cased name; the alias cmdlets and the Alias: drive
// see the whole entry. Every writer (Set-Alias, New-Alias, Remove-Alias,
// `$alias:x = ...`, Set-Item and Remove-Item on Alias:) asks `protected` first.

import ShoalSyntax

/// The aliases a runspace knows.
public struct AliasTable {
    /// One alias, as pwsh's AliasInfo describes it.
    public struct Alias {
        /// As written when it was made (`MyList`).
        public let name: String
        /// The command it runs.
        public var definition: String
        public var description = ""
        /// Set-Alias changes it only with -Force.
        public var isReadOnly = false
        /// Nothing changes or removes it (New-Alias -Option Constant).
        public var isConstant = false

        public init(name: String, definition: String) {
            self.name = name
            self.definition = definition
        }

        /// pwsh's ScopedItemOptions, as they print.
        public var options: String { isConstant ? "Constant" : isReadOnly ? "ReadOnly" : "None" }
    }

    private var byKey: [String: Alias] = [:]

    /// A table of `definitions`, by name (PowerShell's built-in aliases).
    public init(_ definitions: [String: String]) {
        for (name, definition) in definitions { byKey[name.lowercased()] = Alias(name: name, definition: definition) }
    }

    /// What alias `key` (lower-cased) runs.
    public subscript(key: String) -> String? { byKey[key]?.definition }

    /// The alias `name`, in any case.
    public func alias(named name: String) -> Alias? { byKey[name.lowercased()] }

    public var isEmpty: Bool { byKey.isEmpty }

    /// Every alias, by name.
    public var all: [Alias] { byKey.values.sorted { $0.name.lowercased() < $1.name.lowercased() } }

    /// Adds or replaces `alias` (whether it may be replaced is the caller's to check).
    public mutating func set(_ alias: Alias) { byKey[alias.name.lowercased()] = alias }

    /// The alias `name` when it may not be changed or removed: a constant
    /// one, or a read-only one without `force`.
    public func protected(_ name: String, force: Bool) -> Alias? {
        guard let alias = byKey[name.lowercased()], alias.isConstant || (alias.isReadOnly && !force) else { return nil }
        return alias
    }

    /// Makes `name` run `definition`, keeping the options of an alias it
    /// replaces; a constant one, or a read-only one without `force`, is AliasNotWritable.
    public mutating func define(_ name: String, as definition: String, force: Bool = false, at span: SourceSpan?) throws {
        if let alias = protected(name, force: force) {
            let record = AliasTable.notWritable(alias.name)
            record.span = span
            throw ScriptError(record)
        }
        var alias = byKey[name.lowercased()] ?? Alias(name: name, definition: definition)
        alias.definition = definition
        byKey[name.lowercased()] = alias
    }

    /// pwsh's error for changing a read-only or constant alias.
    public static func notWritable(_ name: String) -> ErrorRecord {
        ErrorRecord("Alias is not writeable because alias \(name) is read-only or constant and cannot be written to.",
                    exceptionType: "System.Management.Automation.SessionStateUnauthorizedAccessException",
                    errorId: "AliasNotWritable", category: .writeError, target: .string(name))
    }

    /// pwsh's error for removing a constant alias, or a read-only one without -Force.
    public static func notRemovable(_ name: String) -> ErrorRecord {
        ErrorRecord("Alias was not removed because alias \(name) is constant or read-only.",
                    exceptionType: "System.Management.Automation.SessionStateUnauthorizedAccessException",
                    errorId: "AliasNotRemovable", category: .writeError, target: .string(name))
    }

    /// Removes alias `name`; the alias removed, if there was one.
    @discardableResult
    public mutating func remove(_ name: String) -> Alias? { byKey.removeValue(forKey: name.lowercased()) }
}
