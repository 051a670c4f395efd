// Property test: random and mutated scripts never crash, hang or trap the
// parser; it either returns a tree or a ParseError inside the text.

import Testing
@testable import ShoalSyntax

/// A small deterministic generator, so a failure can be replayed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct ParserFuzzTests {
    static let corpus = [
        "function Get-X { [CmdletBinding()] param([Parameter(Mandatory)][int]$N = 3) begin { } process { $_ * $N } end { } }",
        "$h = @{ a = 1; 'b c' = @(1, 2, 3); d = [ordered]@{ x = \"$y $($z + 1)\" } }",
        "switch -Regex ($x) { '^a' { 'A'; break } { $_ -gt 3 } { 'big' } default { 'other' } }",
        "try { throw [int]'x' } catch [System.Exception] { $_.Exception.Message } finally { 'done' }",
        ":outer foreach ($i in 1..10) { for ($j = 0; $j -lt 3; $j++) { if ($j) { continue outer } } }",
        "Get-Job | Where-Object { $_.State -eq 'Running' } | ForEach-Object Id 2>&1 > $null",
        "@\"\nhere $x\n\"@ -f 1, 2; 'a' -replace 'b', 'c'; $a[1..2].Name; [math]::Round(2.5, 1)",
        "do { $i++ } until ($i -ge 5); while ($true) { break }; $a, $b = $b, $a; & { $args } 1 2 &",
    ]

    static let fragments = ["{", "}", "(", ")", "[", "]", "@{", "@(", "$(", "\"", "'", "`", "|", ";", "\n", "-", "$", "#",
                            "<#", "#>", "=", ",", "..", "::", ".", "&", ">", "2>&1", "@'", "'@", "@\"", "\"@", "param(",
                            "[int]", "-eq", "if", "else", "function", "switch", "-", "$_", " ", "\u{00E9}", "\u{1F600}"]

    func mustNotCrash(_ text: String) {
        let file = SourceFile(name: "<fuzz>", text: text)
        do {
            _ = try Parser.parseScript(file)
        } catch {
            // parseScript throws only ParseError (typed throws).
            #expect(error.span.start >= 0 && error.span.start <= file.scalars.count, "error outside the text: \(text.debugDescription)")
            _ = error.description
        }
    }

    @Test func mutatedScripts() {
        var random = SplitMix64(state: 2026)
        for _ in 0..<3000 {
            var scalars = Array(Self.corpus.randomElement(using: &random)!.unicodeScalars)
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                let position = Int.random(in: 0...scalars.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0 where !scalars.isEmpty:
                    scalars.remove(at: min(position, scalars.count - 1))
                case 1:
                    scalars.insert(contentsOf: Self.fragments.randomElement(using: &random)!.unicodeScalars, at: position)
                default:
                    let cut = Int.random(in: 0...scalars.count, using: &random)
                    scalars = Array(scalars[..<cut])
                }
            }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars)
            mustNotCrash(String(text))
        }
    }

    @Test func randomFragmentSoup() {
        var random = SplitMix64(state: 7)
        for _ in 0..<3000 {
            let count = Int.random(in: 0...40, using: &random)
            let text = (0..<count).map { _ in Self.fragments.randomElement(using: &random)! }.joined()
            mustNotCrash(text)
        }
    }
}
