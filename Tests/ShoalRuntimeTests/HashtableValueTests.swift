// HashtableValue's storage: a small table is searched in order, a large one
// (past HashtableEntries.linearLimit) through an index. Both must give the
// same answers, through growth past the limit and removal back below it.

import ShoalRuntime
import Testing

@Suite struct HashtableValueTests {
    /// A table of `count` string keys k1...kN with values 1...N.
    private func table(_ count: Int, ordered: Bool = false) -> HashtableValue {
        let table = HashtableValue(ordered: ordered)
        for n in 1...count { table[.string("k\(n)")] = .int(n) }
        return table
    }

    private func keyNames(_ table: HashtableValue) -> [String] {
        table.keys.map { if case .string(let text) = $0 { text } else { "?" } }
    }

    @Test(arguments: [1, 7, 8, 9, 16, 100])
    func findsEveryKeyInAnyCase(_ count: Int) {
        let table = table(count)
        #expect(table.count == count)
        for n in 1...count {
            #expect(table[.string("K\(n)")].map(Conversion.toString) == "\(n)")
            #expect(table[string: "k\(n)"].map(Conversion.toString) == "\(n)")
        }
        #expect(table[.string("k0")] == nil)
        #expect(table[.string("k\(count + 1)")] == nil)
    }

    @Test(arguments: [5, 12, 40])
    func keepsInsertionOrderAndTheKeyAsFirstWritten(_ count: Int) {
        let table = table(count)
        table[.string("K1")] = .int(-1)
        #expect(keyNames(table) == (1...count).map { "k\($0)" })
        #expect(table[.string("k1")].map(Conversion.toString) == "-1")
    }

    @Test func removingCrossesTheLimitBothWays() {
        let table = table(12)
        for n in [3, 1, 12, 7] { table[.string("k\(n)")] = nil }
        #expect(keyNames(table) == ["k2", "k4", "k5", "k6", "k8", "k9", "k10", "k11"])
        for name in keyNames(table) { #expect(table[.string(name)] != nil) }
        #expect(table[.string("k3")] == nil && table[.string("k12")] == nil)
        // Back over the limit, then look-ups after more removals.
        for n in 20...30 { table[.string("k\(n)")] = .int(n) }
        table[.string("k25")] = nil
        #expect(table.count == 18)
        #expect(table[.string("k26")].map(Conversion.toString) == "26")
        #expect(table[.string("k25")] == nil)
        table.removeAll()
        #expect(table.count == 0 && table[.string("k2")] == nil)
        table[.string("again")] = .int(1)
        #expect(keyNames(table) == ["again"])
    }

    @Test func manyRemovalsFromALargeTableKeepOrderAndLookUps() {
        let table = table(2000)
        // Every other key, first to last: gaps are left, then closed.
        for n in stride(from: 1, through: 2000, by: 2) { table[.string("k\(n)")] = nil }
        #expect(table.count == 1000)
        #expect(keyNames(table) == stride(from: 2, through: 2000, by: 2).map { "k\($0)" })
        #expect(table[.string("k1000")].map(Conversion.toString) == "1000")
        #expect(table[.string("k999")] == nil)
        // A key removed and added again goes to the end.
        table[.string("k2")] = nil
        table[.string("K2")] = .int(-2)
        #expect(keyNames(table).last == "K2" && table[.string("k2")].map(Conversion.toString) == "-2")
        // Down to a small table, and growing again.
        for name in keyNames(table).dropLast(3) { table[.string(name)] = nil }
        #expect(keyNames(table) == ["k1998", "k2000", "K2"])
        for n in 1...10 { table[.string("new\(n)")] = .int(n) }
        #expect(table.count == 13 && table[.string("NEW10")].map(Conversion.toString) == "10")
        #expect(table.entries.count == 13 && table.values.count == 13)
        let copy = table.copy()
        table[.string("new5")] = nil
        #expect(copy.count == 13 && copy[.string("new5")] != nil && table.count == 12)
    }

    @Test(arguments: [3, 20])
    func keysOfOtherKindsAreNotStrings(_ padding: Int) {
        let table = table(padding)
        table[.int(1)] = .string("one")
        table[.bool(true)] = .string("yes")
        // The number 1 and the string "1" are two keys, as in pwsh.
        #expect(table[.int(1)].map(Conversion.toString) == "one")
        #expect(table[.string("1")] == nil)
        #expect(table[.string("True")] == nil)
        #expect(table[.bool(true)].map(Conversion.toString) == "yes")
    }

    @Test func aCopyIsIndependent() {
        let original = table(10)
        let copy = original.copy()
        copy[.string("k1")] = nil
        copy[.string("new")] = .int(0)
        #expect(original.count == 10 && original[.string("k1")] != nil && original[.string("new")] == nil)
        #expect(copy.count == 10 && copy[.string("k1")] == nil)
    }

    @Test func addNewRefusesAKeyItHas() throws {
        let table = HashtableValue(ordered: true, capacity: 2)
        var made = 0
        #expect(table.addNew(.string("A")) { made += 1; return .int(1) })
        #expect(!table.addNew(.string("a")) { made += 1; return .int(2) })
        #expect(made == 1)
        #expect(table[.string("a")].map(Conversion.toString) == "1")
    }

    @Test func forEachEntryFoldsKeysAndStopsEarly() {
        let table = table(10)
        var seen: [String] = []
        table.forEachEntry { folded, _, _ in
            seen.append(folded.foldedString ?? "?")
            return seen.count < 3
        }
        #expect(seen == ["k1", "k2", "k3"])
    }
}
