// A hashtable's entries in insertion order. Most tables a script builds are
// small (a splat, a pscustomobject's properties, a few options): those are
// one array searched from the front, with no hashing and one allocation.
// A table that grows past `linearLimit` entries also keeps an index from
// key to position, so large tables stay O(1) per look-up; removing from one
// leaves a gap (nil) rather than moving every later entry and re-indexing
// it, and the gaps are closed once they are half the array.

/// One entry: the key as the table compares it, the key as given, its value.
struct HashtableEntry {
    var folded: HashKey
    var key: Value
    var value: Value
}

struct HashtableEntries {
    /// Up to this many entries a look-up compares keys one by one; the
    /// cost of hashing a string key is about that of eight comparisons.
    static let linearLimit = 8

    /// The entries in order; nil where an indexed table's entry was removed
    /// (a small table has no gaps).
    private(set) var slots: ContiguousArray<HashtableEntry?> = []
    /// Key to position in `slots`, kept once the table outgrows `linearLimit`.
    private var index: [HashKey: Int]?
    /// How many entries there are (`slots` less its gaps).
    private(set) var count = 0
    private var gaps = 0

    init() {}

    init(minimumCapacity: Int) {
        slots.reserveCapacity(minimumCapacity)
    }

    /// The position of `key`, if the table has it. (Inlined: called on a
    /// class's property, a call would retain the entry array around it.)
    @inline(__always)
    func position(of key: HashKey) -> Int? {
        if let index { return index[key] }
        for position in slots.indices where slots[position]?.folded == key { return position }
        return nil
    }

    /// The entry at `position`, which `position(of:)` gave.
    subscript(position: Int) -> HashtableEntry {
        get { slots[position].unsafelyUnwrapped }
        _modify { yield &slots[position]! }
    }

    /// Adds an entry whose key the table does not have.
    mutating func append(_ entry: consuming HashtableEntry) {
        if index != nil {
            index![entry.folded] = slots.count
        } else if slots.count == Self.linearLimit {
            var built = [HashKey: Int](minimumCapacity: slots.count * 2)
            for position in slots.indices { built[slots[position].unsafelyUnwrapped.folded] = position }
            built[entry.folded] = slots.count
            index = built
        }
        slots.append(entry)
        count += 1
    }

    /// Removes the entry at `position`; the others keep their order.
    mutating func remove(at position: Int) {
        count -= 1
        guard index != nil else {
            slots.remove(at: position)
            return
        }
        index![slots[position].unsafelyUnwrapped.folded] = nil
        slots[position] = nil
        gaps += 1
        if count <= Self.linearLimit {
            closeGaps()
            index = nil
        } else if gaps * 2 > slots.count {
            closeGaps()
            index!.removeAll(keepingCapacity: true)
            for position in slots.indices { index![slots[position].unsafelyUnwrapped.folded] = position }
        }
    }

    private mutating func closeGaps() {
        slots.removeAll { $0 == nil }
        gaps = 0
    }

    mutating func removeAll() {
        slots.removeAll()
        index = nil
        count = 0
        gaps = 0
    }
}
