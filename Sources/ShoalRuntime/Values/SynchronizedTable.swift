// `[hashtable]::Synchronized(@{})`: the one object scripts share by
// reference between thread jobs, pool items and the shell. Every access
// takes its lock, and values are copied in and out (TransferValue), so two
// threads can never touch the same array or object at once.

import OrderedCollections

/// The shared storage behind a synchronized hashtable.
public final class SynchronizedTable: Sendable {
    /// Keys in insertion order. Stored keys are made from the table's own
    /// copies, so no other thread ever holds what they point to.
    /// A ThreadLock: every job thread may take it (see ThreadLock).
    private let entries = ThreadLock<OrderedDictionary<HashKey, (key: TransferValue, value: TransferValue)>>([:])

    public init() {}

    public subscript(key: Value) -> Value? {
        get { entries.withLock { $0[HashKey(key)]?.value.value } }
        set {
            let copy = newValue.map { TransferValue($0) }
            let keyCopy = TransferValue(key)
            let hashKey = HashKey(keyCopy.value)
            entries.withLock { table in
                if let copy { table[hashKey] = (keyCopy, copy) } else { table.removeValue(forKey: hashKey) }
            }
        }
    }

    public var count: Int { entries.withLock { $0.count } }

    /// The entries in insertion order, as fresh values.
    public var snapshot: [(key: Value, value: Value)] {
        entries.withLock { table in table.values.map { ($0.key.value, $0.value.value) } }
    }

    public func removeAll() {
        entries.withLock { $0.removeAll() }
    }
}
