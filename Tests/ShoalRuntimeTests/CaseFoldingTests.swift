// `caseFolded`, which hashtable keys and parameter names go through: the
// same as `lowercased()`, whether or not it takes the shortcut.

import ShoalRuntime
import Testing

@Suite struct CaseFoldingTests {
    @Test(arguments: ["", "name", "Name", "NAME", "a1_-b", "größe", "GRÖßE", "Ünïcode", "[at]@Z", "\u{1F600}x", "ǅ"])
    func foldsAsLowercased(_ text: String) {
        #expect(text.caseFolded == text.lowercased())
    }

    @Test func aPlainNameIsReturnedAsItIs() {
        let plain = "alreadylower"
        #expect(plain.caseFolded == plain)
        // Bytes either side of the capitals' range stay as they are.
        #expect("@[`{".caseFolded == "@[`{")
    }
}
