// A hashtable's entries in insertion order. Most tables a script builds are
// small (a splat, a pscustomobject's properties, a few options): those are
// one array searched from the front, with no hashing and one allocation.
// A table that grows past `linearLimit` entries also keeps an index from
// key to position, so large tables stay O(1) per look-up.

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

    private(set) var list: ContiguousArray<HashtableEntry> = []
    /// Key to position in `list`, kept once `list` outgrows `linearLimit`.
    private var index: [HashKey: Int]?

    init() {}

    init(minimumCapacity: Int) {
        list.reserveCapacity(minimumCapacity)
    }

    var count: Int { list.count }
    var isEmpty: Bool { list.isEmpty }

    /// The position of `key`, if the table has it. (Inlined: called on a
    /// class's property, a call would retain the entry list around it.)
    @inline(__always)
    func position(of key: HashKey) -> Int? {
        if let index { return index[key] }
        for position in list.indices where list[position].folded == key { return position }
        return nil
    }

    subscript(position: Int) -> HashtableEntry {
        get { list[position] }
        _modify { yield &list[position] }
    }

    /// Adds an entry whose key the table does not have.
    mutating func append(_ entry: consuming HashtableEntry) {
        if index != nil {
            index![entry.folded] = list.count
        } else if list.count == Self.linearLimit {
            var built = [HashKey: Int](minimumCapacity: list.count * 2)
            for position in list.indices { built[list[position].folded] = position }
            built[entry.folded] = list.count
            index = built
        }
        list.append(entry)
    }

    /// Removes the entry at `position`; later entries keep their order.
    mutating func remove(at position: Int) {
        list.remove(at: position)
        guard index != nil else { return }
        if list.count <= Self.linearLimit {
            index = nil
        } else {
            index!.removeAll(keepingCapacity: true)
            for position in list.indices { index![list[position].folded] = position }
        }
    }

    mutating func removeAll() {
        list.removeAll()
        index = nil
    }
}
