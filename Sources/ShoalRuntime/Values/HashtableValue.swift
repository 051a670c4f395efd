// `@{}` and `[ordered]@{}`: keys compare case-insensitively when they are
// strings, as PowerShell's hashtables do; insertion order is kept for
// both (PowerShell's plain hashtable order is unspecified, so keeping it is
// allowed and friendlier).

/// A hashtable key: strings fold case, other values compare as themselves.
public struct HashKey: Hashable, Sendable {
    let folded: String
    let kind: UInt8

    /// The key's text as the table compares it, when it is a string key.
    public var foldedString: String? { kind == 0 ? folded : nil }
    /// A string key (then `folded` is its text as the table compares it).
    public var isString: Bool { kind == 0 }

    /// `caseSensitive`: string keys keep their case (a case-sensitive
    /// table, as Group-Object -AsHashTable -CaseSensitive makes).
    public init(_ value: Value, caseSensitive: Bool = false) {
        switch value {
        case .string(let s): folded = caseSensitive ? s : s.caseFolded; kind = 0
        case .int(let n): folded = String(n); kind = 1
        case .double(let d): folded = d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d); kind = d == d.rounded() ? 1 : 2
        case .bool(let b): folded = b ? "true" : "false"; kind = 3
        case .null: folded = ""; kind = 4
        default: folded = Conversion.toString(value).lowercased(); kind = 5
        }
    }

    public init(string: String, caseSensitive: Bool = false) {
        folded = caseSensitive ? string : string.caseFolded
        kind = 0
    }
}

public final class HashtableValue {
    var storage = HashtableEntries()
    public let isOrdered: Bool
    /// Set for `[hashtable]::Synchronized(...)`: the entries live there,
    /// shared between runspaces, and `storage` is unused.
    public let synchronized: SynchronizedTable?
    /// String keys compare with their case (rare: Group-Object -AsHashTable -CaseSensitive).
    public let isCaseSensitive: Bool

    public init(ordered: Bool = false, caseSensitive: Bool = false) {
        isOrdered = ordered
        synchronized = nil
        isCaseSensitive = caseSensitive
    }

    /// An empty table with room for `capacity` entries (a literal's).
    public init(ordered: Bool, capacity: Int) {
        storage = HashtableEntries(minimumCapacity: capacity)
        isOrdered = ordered
        synchronized = nil
        isCaseSensitive = false
    }

    public init(synchronized: SynchronizedTable) {
        isOrdered = false
        self.synchronized = synchronized
        isCaseSensitive = false
    }

    /// Adds `key` with the value `makeValue` gives, unless the key is there
    /// already (then false, and `makeValue` does not run): a literal's
    /// entries, each key folded once.
    public func addNew(_ key: Value, _ makeValue: () throws -> Value) rethrows -> Bool {
        try addNew(key, folded: HashKey(key, caseSensitive: isCaseSensitive), makeValue)
    }

    /// `addNew` with the key already folded as this table folds it.
    func addNew(_ key: Value, folded: HashKey, _ makeValue: () throws -> Value) rethrows -> Bool {
        guard storage.position(of: folded) == nil else { return false }
        storage.append(HashtableEntry(folded: folded, key: key, value: try makeValue()))
        return true
    }

    public subscript(key: Value) -> Value? {
        get {
            if let synchronized { return synchronized[key] }
            return self[folded: HashKey(key, caseSensitive: isCaseSensitive)]
        }
        set {
            if let synchronized {
                synchronized[key] = newValue
                return
            }
            let hashKey = HashKey(key, caseSensitive: isCaseSensitive)
            let position = storage.position(of: hashKey)
            switch (position, newValue) {
            case let (position?, newValue?): storage[position].value = newValue
            case let (nil, newValue?): storage.append(HashtableEntry(folded: hashKey, key: key, value: newValue))
            case let (position?, nil): storage.remove(at: position)
            case (nil, nil): break
            }
        }
    }

    public subscript(string key: String) -> Value? {
        get {
            if let synchronized { return synchronized[.string(key)] }
            return self[folded: HashKey(string: key, caseSensitive: isCaseSensitive)]
        }
        set { self[.string(key)] = newValue }
    }

    private subscript(folded key: HashKey) -> Value? {
        storage.position(of: key).map { storage[$0].value }
    }

    public var count: Int { synchronized?.count ?? storage.count }
    public var keys: [Value] { entries.map(\.key) }
    public var values: [Value] { entries.map(\.value) }
    public var entries: [(key: Value, value: Value)] {
        synchronized?.snapshot ?? storage.slots.compactMap { $0.map { ($0.key, $0.value) } }
    }

    /// Calls `body` with each entry in order, and the key as the table
    /// folds it (a string key lower-cased unless the table is case-sensitive);
    /// stops early when `body` returns false. Copies no entry list, unless
    /// the table is synchronized (then a snapshot).
    @discardableResult
    public func forEachEntry(_ body: (_ folded: HashKey, _ key: Value, _ value: Value) throws -> Bool) rethrows -> Bool {
        if let synchronized {
            for entry in synchronized.snapshot where try !body(HashKey(entry.key, caseSensitive: isCaseSensitive), entry.key, entry.value) {
                return false
            }
            return true
        }
        // Through the buffer, each field is lent to `body` rather than copied.
        return try storage.slots.withUnsafeBufferPointer { entries in
            for index in entries.indices where entries[index] != nil {
                let entry = entries[index].unsafelyUnwrapped
                if try !body(entry.folded, entry.key, entry.value) { return false }
            }
            return true
        }
    }

    public func removeAll() {
        if let synchronized { synchronized.removeAll() } else { storage.removeAll() }
    }

    public func copy() -> HashtableValue {
        let result = HashtableValue(ordered: isOrdered, caseSensitive: isCaseSensitive)
        if synchronized != nil {
            for (key, value) in entries { result[key] = value }
        } else {
            result.storage = storage
        }
        return result
    }
}
