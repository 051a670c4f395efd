// `[hashtable]::Synchronized(@{})`: the one object scripts share by
// reference between thread jobs, pool items and the shell. Every access
// takes its lock, and values are copied in and out (TransferValue), so two
// threads can never touch the same array or object at once.

import Synchronization

/// The shared storage behind a synchronized hashtable.
public final class SynchronizedTable: Sendable {
    private let entries = Mutex<[HashKey: (key: TransferValue, value: TransferValue)]>([:])
    private let order = Mutex<[HashKey]>([])

    public init() {}

    public subscript(key: Value) -> Value? {
        get { read { $0[HashKey(key)]?.value.value } }
        set {
            let hashKey = HashKey(key)
            let copy = newValue.map { TransferValue($0) }
            let keyCopy = TransferValue(key)
            entries.withLock { table in
                order.withLock { keys in
                    if let copy {
                        if table[hashKey] == nil { keys.append(hashKey) }
                        table[hashKey] = (keyCopy, copy)
                    } else if table.removeValue(forKey: hashKey) != nil {
                        keys.removeAll { $0 == hashKey }
                    }
                }
            }
        }
    }

    private func read<T>(_ body: ([HashKey: (key: TransferValue, value: TransferValue)]) -> T) -> T {
        entries.withLock { body($0) }
    }

    public var count: Int { read { $0.count } }

    /// The entries in insertion order, as fresh values.
    public var snapshot: [(key: Value, value: Value)] {
        entries.withLock { table in
            order.withLock { keys in keys.compactMap { table[$0].map { ($0.key.value, $0.value.value) } } }
        }
    }

    public func removeAll() {
        entries.withLock { table in order.withLock { keys in table.removeAll(); keys.removeAll() } }
    }
}

extension HashKey: @unchecked Sendable {}
