// `@{}` and `[ordered]@{}`: keys compare case-insensitively when they are
// strings, as PowerShell's hashtables do; insertion order is kept for
// both (PowerShell's plain hashtable order is unspecified, so keeping it is
// allowed and friendlier).

import OrderedCollections

/// A hashtable key: strings fold case, other values compare as themselves.
public struct HashKey: Hashable {
    let folded: String
    let kind: UInt8

    /// The key's text as the table compares it, when it is a string key.
    public var foldedString: String? { kind == 0 ? folded : nil }

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
    public var storage: OrderedDictionary<HashKey, (key: Value, value: Value)>
    public let isOrdered: Bool
    /// Set for `[hashtable]::Synchronized(...)`: the entries live there,
    /// shared between runspaces, and `storage` is unused.
    public let synchronized: SynchronizedTable?
    /// String keys compare with their case (rare: Group-Object -AsHashTable -CaseSensitive).
    public let isCaseSensitive: Bool

    public init(ordered: Bool = false, caseSensitive: Bool = false) {
        storage = [:]
        isOrdered = ordered
        synchronized = nil
        isCaseSensitive = caseSensitive
    }

    /// An empty table with room for `capacity` entries (a literal's).
    public init(ordered: Bool, capacity: Int) {
        storage = OrderedDictionary(minimumCapacity: capacity)
        isOrdered = ordered
        synchronized = nil
        isCaseSensitive = false
    }

    /// Adds `key` with the value `makeValue` gives, unless the key is there
    /// already (then false, and `makeValue` does not run): a literal's
    /// entries, each key hashed once.
    public func addNew(_ key: Value, _ makeValue: () throws -> Value) rethrows -> Bool {
        let hashKey = HashKey(key, caseSensitive: isCaseSensitive)
        guard storage.index(forKey: hashKey) == nil else { return false }
        storage.updateValue((key, try makeValue()), forKey: hashKey)
        return true
    }

    public init(synchronized: SynchronizedTable) {
        storage = [:]
        isOrdered = false
        self.synchronized = synchronized
        isCaseSensitive = false
    }

    public subscript(key: Value) -> Value? {
        get {
            if let synchronized { return synchronized[key] }
            return storage[HashKey(key, caseSensitive: isCaseSensitive)]?.value
        }
        set {
            if let synchronized {
                synchronized[key] = newValue
                return
            }
            if let newValue {
                let hashKey = HashKey(key, caseSensitive: isCaseSensitive)
                if let existing = storage[hashKey] {
                    storage[hashKey] = (existing.key, newValue)
                } else {
                    storage[hashKey] = (key, newValue)
                }
            } else {
                storage[HashKey(key, caseSensitive: isCaseSensitive)] = nil
            }
        }
    }

    public subscript(string key: String) -> Value? {
        get {
            if let synchronized { return synchronized[.string(key)] }
            return storage[HashKey(string: key, caseSensitive: isCaseSensitive)]?.value
        }
        set { self[.string(key)] = newValue }
    }

    public var count: Int { synchronized?.count ?? storage.count }
    public var keys: [Value] { entries.map(\.key) }
    public var values: [Value] { entries.map(\.value) }
    public var entries: [(key: Value, value: Value)] { synchronized?.snapshot ?? Array(storage.values) }

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
        for index in storage.keys.indices where try !body(storage.keys[index], storage.values[index].key, storage.values[index].value) {
            return false
        }
        return true
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
