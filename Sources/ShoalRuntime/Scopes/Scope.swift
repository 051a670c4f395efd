// Variable scopes. A scope created for a script block keeps that block's
// variables in an array indexed by the slots the parser assigned, so
// reading `$i` in a loop is an array load; names the block did not mention
// (and every look-up from another block) go through the layout's
// name-to-slot table or a small dictionary, walking outward to the global
// scope as PowerShell's dynamic scoping requires.

import ShoalSyntax

/// A variable's storage.
public final class VariableBox {
    public var value: Value
    /// The variable was given the output of a pipeline that wrote nothing
    /// (`$x = Get-ChildItem *.none`): pwsh's AutomationNull, which reads as
    /// `$null` but writes nothing to a pipeline. It counts only while the
    /// value is `$null`: an assignment of `$null` sets or clears it, the
    /// variable cmdlets and a reused box clear it (`store`), and writers of
    /// other values leave it. (Not a didSet on `value`, nor a store in every
    /// write: each cost a counting loop 5 to 7 % in instructions.)
    public var holdsNothing = false

    /// Stores a value given any way but as a pipeline's nothing.
    @inline(__always)
    public func store(_ newValue: Value) {
        value = newValue
        holdsNothing = false
    }
    /// Makes a reused box a newly defined variable's.
    @inline(__always)
    func redefine(_ newValue: Value, typeConstraint newConstraint: String?) {
        store(newValue)
        // (Compared first: writing a String? retains and releases.)
        if newConstraint != nil || typeConstraint != nil { typeConstraint = newConstraint }
        isReadOnly = false
        isConstant = false
        isPrivate = false
    }

    /// Set by `[int]$x = ...`: later assignments convert to this type.
    public var typeConstraint: String?
    public var isReadOnly = false
    /// `-Option Constant`: read-only, and not even -Force changes or
    /// removes it (a constant is also `isReadOnly`).
    public var isConstant = false

    /// Whether the variable may not be changed or removed: a constant, or
    /// read-only without `force`.
    public func isProtected(force: Bool) -> Bool { isConstant || (isReadOnly && !force) }

    /// pwsh's error for changing a read-only or constant variable.
    public static func notWritable(_ name: String) -> ErrorRecord {
        ErrorRecord("Cannot overwrite variable \(name) because it is read-only or constant.",
                    exceptionType: "System.Management.Automation.SessionStateUnauthorizedAccessException",
                    errorId: "VariableNotWritable", category: .writeError, target: .string(name))
    }

    /// pwsh's error for removing a constant variable, or a read-only one without -Force.
    public static func notRemovable(_ name: String) -> ErrorRecord {
        ErrorRecord("Cannot remove variable \(name) because it is constant or read-only. If the variable is read-only, try the operation again specifying the Force option.",
                    exceptionType: "System.Management.Automation.SessionStateUnauthorizedAccessException",
                    errorId: "VariableNotRemovable", category: .writeError, target: .string(name))
    }
    /// `$private:x`: invisible from child scopes.
    public var isPrivate = false
    /// The name as the script first wrote it (`myLongVariable`), for
    /// completion; scopes key variables by the lower-cased name.
    public var spelling: String?
    public init(_ value: Value, typeConstraint: String? = nil, spelling: String? = nil) {
        self.value = value
        self.typeConstraint = typeConstraint
        self.spelling = spelling
    }
}

/// A function defined by a script.
public final class FunctionInfo {
    public let name: String
    public let block: ScriptBlock
    public let isFilter: Bool
    public init(name: String, block: ScriptBlock, isFilter: Bool) {
        self.name = name
        self.block = block
        self.isFilter = isFilter
    }
}

/// One scope in the chain global → script → function → ...
public final class Scope {
    public private(set) var parent: Scope?
    private(set) var layout: VariableLayout?
    var slots: [VariableBox?]
    var named: [String: VariableBox] = [:]
    private(set) var functions: [String: FunctionInfo] = [:]
    /// `$_` / `$PSItem` of the pipeline item being processed here.
    var currentItem: Value?
    /// The traps of the innermost block running in this scope, when that
    /// block has any: what a pipeline chain consults for an error.
    var activeTraps: [TrapNode]?
    /// `calls.tryDepth` while the trap block's statements run: a `try` entered
    /// since (a deeper depth) takes the error before these traps.
    var activeTrapDepth = 0
    public var isScriptScope = false
    /// A script module's scope (Runspace.runModule): script blocks made in
    /// its code belong to it.
    public var isModuleScope = false
    /// `Set-StrictMode` here: a version (1-3), 0 for `-Off`, nil to follow the parent.
    public var strictModeVersion: Int?
    /// Changes whenever a variable is defined here by name, removed, or the
    /// scope is emptied for reuse: what LocalBoxCache checks.
    private(set) var bindingGeneration = 0

    public init(parent: Scope?, layout: VariableLayout?) {
        self.parent = parent
        self.layout = layout
        self.slots = layout.map { Array(repeating: nil, count: $0.names.count) } ?? []
    }

    /// A scope whose empty slots are copied from `emptySlots` (made once
    /// per function: cheaper than building the array on every call).
    init(parent: Scope, layout: VariableLayout, emptySlots: [VariableBox?]) {
        self.parent = parent
        self.layout = layout
        self.slots = emptySlots
    }

    /// Makes a scope that `emptyForReuse` emptied the scope of a new call
    /// of the function it last served.
    @inline(__always)
    func reuse(parent: Scope) {
        self.parent = parent
        bindingGeneration &+= 1
    }

    /// Makes a scope that `emptyForReuse()` emptied the scope of a new call.
    func reuse(parent: Scope, layout: VariableLayout, emptySlots: [VariableBox?]) {
        self.parent = parent
        bindingGeneration &+= 1
        if self.layout !== layout {
            self.layout = layout
            slots = emptySlots
        }
    }

    /// Gives a scope made without a layout (a runspace's global scope) the
    /// layout of the block about to run in it, so that the block reads and
    /// writes its variables through slots, as a script file's block does in
    /// its own scope. The variables already here under the layout's names
    /// move into their slots (the same boxes); any other name stays by name.
    /// True when the block may use slots here: the scope took `layout`, or
    /// had it already.
    func adopt(_ layout: VariableLayout) -> Bool {
        guard let current = self.layout else {
            var adopted = [VariableBox?](repeating: nil, count: layout.names.count)
            for (slot, name) in layout.names.enumerated() { adopted[slot] = named.removeValue(forKey: name) }
            self.layout = layout
            slots = adopted
            bindingGeneration &+= 1
            return true
        }
        return current === layout
    }

    /// The strict mode in force here: this scope's or the nearest enclosing one's (0: off).
    public var effectiveStrictModeVersion: Int {
        var current: Scope? = self
        while let scope = current {
            if let version = scope.strictModeVersion { return version }
            current = scope.parent
        }
        return 0
    }

    /// Forgets everything a finished call defined here, keeping the
    /// storage, so that the next call can take this scope instead of
    /// allocating one. The boxes of slots below `keptSlots` (a direct
    /// call's parameters, which the next call of the same function defines
    /// before anything reads them) stay where they are, emptied, when
    /// nothing else holds them; the others' boxes go to `spareBoxes`.
    func emptyForReuse(keepingBoxesBelow keptSlots: Int = 0) {
        let count = slots.count
        slots.withUnsafeMutableBufferPointer { slots in
            for index in slots.indices where slots[index] != nil {
                // Checked in place: a box copied out would not be unique.
                guard isKnownUniquelyReferenced(&slots[index]) else {
                    slots[index] = nil
                    continue
                }
                if index < keptSlots {
                    // Moved out and back: reading it in place would retain and release it.
                    let box = slots[index].take().unsafelyUnwrapped
                    // A number or boolean holds nothing to let go of; the next call overwrites it.
                    switch box.value {
                    case .int, .double, .bool, .null: break
                    default: box.store(.null)
                    }
                    slots[index] = box
                    continue
                }
                let box = slots[index].take().unsafelyUnwrapped
                if spareBoxes.count < count {
                    box.store(.null)
                    spareBoxes.append(box)
                }
            }
        }
        if !named.isEmpty { named.removeAll() }
        if !functions.isEmpty { functions.removeAll() }
        currentItem = nil
        isScriptScope = false
        strictModeVersion = nil
        parent = nil
        bindingGeneration &+= 1
    }

    /// Boxes of variables a finished call defined here, kept by
    /// `emptyForReuse()` for the next call's variables.
    private var spareBoxes: [VariableBox] = []

    /// Defines the variable in `slot`: the slot is empty, or holds a box
    /// `emptyForReuse` kept there, which takes the value; else a spare box
    /// does, if there is one.
    func defineSlot(_ slot: Int, _ value: Value, typeConstraint: String?) {
        if let kept = slots[slot].take() {
            // Moved out and back: reading it in place would retain and release it.
            kept.redefine(value, typeConstraint: typeConstraint)
            slots[slot] = kept
        } else if !spareBoxes.isEmpty {
            let box = spareBoxes.removeLast()
            box.redefine(value, typeConstraint: typeConstraint)
            slots[slot] = box
        } else {
            slots[slot] = VariableBox(value, typeConstraint: typeConstraint)
        }
    }

    /// The box of a variable defined in this scope itself.
    @inline(__always)
    public func localBox(_ key: String) -> VariableBox? {
        if let layout, let slot = layout.slotByName[key] { return slots[slot] }
        return named[key]
    }

    /// Creates or replaces a variable in this scope.
    public func setLocal(_ key: String, _ value: Value) {
        if let box = localBox(key) {
            box.store(value)
        } else {
            defineLocal(key, VariableBox(value))
        }
    }

    /// Adds a variable known not to exist yet.
    /// Defines an automatic variable by its spelled name (`ErrorActionPreference`, as Get-Variable lists it).
    func define(_ name: String, _ value: Value) { define(name, VariableBox(value)) }

    func define(_ name: String, _ box: VariableBox) {
        box.spelling = name
        defineLocal(name.lowercased(), box)
    }

    func defineLocal(_ key: String, _ box: VariableBox) {
        bindingGeneration &+= 1
        if let layout, let slot = layout.slotByName[key] {
            slots[slot] = box
        } else {
            named[key] = box
        }
    }

    public func removeLocal(_ key: String) -> Bool {
        bindingGeneration &+= 1
        if let layout, let slot = layout.slotByName[key] {
            let existed = slots[slot] != nil
            slots[slot] = nil
            return existed
        }
        return named.removeValue(forKey: key) != nil
    }

    /// Finds a variable here or in an enclosing scope.
    public func lookup(_ key: String) -> VariableBox? {
        if let box = localBox(key) { return box }
        var scope = parent
        while let current = scope {
            if let box = current.localBox(key), !box.isPrivate { return box }
            scope = current.parent
        }
        return nil
    }

    /// The functions defined in this scope itself, by lower-cased name.
    public var localFunctions: [String: FunctionInfo] { functions }

    /// Defines (or replaces) a function in this scope; through
    /// `Runspace.defineFunction`, which counts definitions.
    func defineFunction(_ key: String, _ info: FunctionInfo) {
        functions[key] = info
    }

    /// Removes function `key` from the nearest scope defining it; through
    /// `Runspace.removeFunction`, which counts the change.
    func removeFunction(_ key: String) -> Bool {
        var scope: Scope? = self
        while let current = scope {
            if current.functions.removeValue(forKey: key) != nil { return true }
            scope = current.parent
        }
        return false
    }

    public func lookupFunction(_ key: String) -> FunctionInfo? {
        var scope: Scope? = self
        while let current = scope {
            if let function = current.functions[key] { return function }
            scope = current.parent
        }
        return nil
    }

    /// The variables defined in this scope itself.
    func localVariables() -> [(name: String, box: VariableBox)] {
        var result: [(String, VariableBox)] = []
        if let layout {
            for (index, name) in layout.names.enumerated() {
                if let box = slots[index] { result.append((name, box)) }
            }
        }
        for (name, box) in named { result.append((name, box)) }
        return result
    }

    /// Every variable visible here, innermost first (for Get-Variable).
    public func visibleVariables() -> [(name: String, box: VariableBox)] {
        var seen = Set<String>()
        var result: [(String, VariableBox)] = []
        var scope: Scope? = self
        while let current = scope {
            for (name, box) in current.localVariables() where seen.insert(name).inserted { result.append((name, box)) }
            scope = current.parent
        }
        return result
    }
}
