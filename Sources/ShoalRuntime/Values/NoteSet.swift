// The note properties an adorned value carries across a boundary. A job's
// outputs all carry the same remoting notes (PSComputerName, RunspaceId,
// PSShowComputerName), so one set is made per job and shared: a job that
// returns a million strings holds one property table, not a million.

import OrderedCollections

/// Immutable note properties, shared by every value that carries them.
public final class NoteSet: @unchecked Sendable {
    // Sendable by construction: both stored properties are immutable, and
    // `sharedTable` exists only when every note is a scalar (string,
    // number, Boolean, null), whose Values hold no reference another
    // runspace could mutate.
    public let notes: [(name: String, value: TransferValue)]
    /// The notes as a PSObject property table, made once; nil when a note
    /// holds a container, which each receiver must copy for itself.
    let sharedTable: OrderedDictionary<String, (name: String, value: Value)>?

    public init(_ notes: [(name: String, value: TransferValue)]) {
        self.notes = notes
        var table = OrderedDictionary<String, (name: String, value: Value)>()
        for (name, value) in notes {
            switch value {
            case .null, .bool, .int, .double, .string: table[name.lowercased()] = (name, value.value)
            default:
                sharedTable = nil
                return
            }
        }
        sharedTable = table
    }

    /// These notes followed by `more` (a later name replaces an earlier one, as `object.set` would).
    public func appending(_ more: NoteSet) -> NoteSet { NoteSet(notes + more.notes) }

    /// Puts the notes on `object`; a fresh object with no properties of its
    /// own shares the table.
    func apply(to object: PSObject) {
        if object.properties.isEmpty, let sharedTable {
            object.properties = sharedTable
            return
        }
        for (name, value) in notes { object.set(name, value.value) }
    }
}
