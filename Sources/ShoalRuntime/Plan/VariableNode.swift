// Variables as the evaluator reads them: a lower-cased key, and for plain
// local names the slot the compiler gave them in the enclosing script
// block's layout.

import ShoalSyntax

/// A variable reference compiled for the evaluator.
public final class VariableNode: Sendable {
    public typealias Qualifier = VariableReference.Qualifier
    /// As written, without `$` or the qualifier.
    public let name: String
    /// Lower-cased: the key for look-ups.
    public let key: String
    public let qualifier: Qualifier
    /// Index into the enclosing script block's `VariableLayout`, or -1.
    public let slot: Int
    /// Whether the name is one the evaluator answers itself (`$_`, `$true`,
    /// `$null`, `$?`, `$PWD`, ...) rather than a variable in a scope.
    public let isAutomatic: Bool
    /// `$_` or `$PSItem`.
    public let isCurrentItem: Bool

    /// The names behind `isAutomatic`.
    static let automaticNames: Set<String> = ["_", "psitem", "true", "false", "null", "?", "pwd"]

    init(_ reference: VariableReference, slot: Int) {
        name = reference.name
        key = reference.name.lowercased()
        qualifier = reference.qualifier
        self.slot = slot
        isAutomatic = VariableNode.automaticNames.contains(key)
        isCurrentItem = (key == "_" || key == "psitem") && (qualifier == .none || qualifier == .local)
    }

    /// The variable as the user wrote it, e.g. `$script:count`.
    public var displayName: String { VariableReference(name: name, qualifier: qualifier).displayName }
}

/// The local variables a script block names, each given a slot index when
/// the block is compiled, so that the evaluator reads and writes them
/// without probing a dictionary.
public final class VariableLayout: Sendable {
    /// Lower-cased names, by slot.
    public let names: [String]
    public let slotByName: [String: Int]
    /// Every plain variable name used in the block or in blocks nested in
    /// it: the evaluator skips setting up automatic variables (`$args`,
    /// `$input`, `$MyInvocation`, `$PSBoundParameters`) nobody reads.
    public let namesIncludingNested: Set<String>
    /// Which automatic variables the block (or a nested block) reads.
    public let usesArgs: Bool
    public let usesInput: Bool
    public let usesInvocationInfo: Bool
    /// The names used as `$using:name` here or in nested blocks.
    public let usingNames: Set<String>
    /// The names used as `$using:name` in this block itself, not in a nested one.
    public let directUsingNames: Set<String>

    public init(names: [String], namesIncludingNested: Set<String> = [], usingNames: Set<String> = [],
                directUsingNames: Set<String>? = nil) {
        self.usingNames = usingNames
        self.directUsingNames = directUsingNames ?? usingNames
        self.names = names
        let all = namesIncludingNested.union(names)
        self.namesIncludingNested = all
        usesArgs = all.contains("args")
        usesInput = all.contains("input")
        usesInvocationInfo = all.contains("myinvocation") || all.contains("psboundparameters") || all.contains("pscmdlet")
        var slots: [String: Int] = [:]
        for (index, name) in names.enumerated() { slots[name] = index }
        self.slotByName = slots
    }
}
