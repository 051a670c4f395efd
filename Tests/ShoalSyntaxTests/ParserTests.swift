// Parser unit tests: the syntax trees statements make (written as
// SyntaxPrinter prints them), and PowerShell's
// wording and positions for syntax errors.

import Testing
@testable import ShoalSyntax

@Suite struct ParserTests {
    func parse(_ text: String) throws -> ScriptBlockAst {
        try Parser.parseScript(SourceFile(name: "<test>", text: text))
    }

    /// The script's syntax tree as SyntaxPrinter writes it.
    func printed(_ text: String) throws -> String {
        SyntaxPrinter.print(try parse(text))
    }

    @Test(arguments: [
        ("$x = 1 + 2 * 3", "(= $x (+ 1 (* 2 3)))"),
        ("1,2 + 3", "(+ (, 1 2) 3)"),
        ("$a -eq 1 ? 1 + $b ?? 2 : 3", "(? (-eq $a 1) (?? (+ 1 $b) 2) 3)"),
        ("$x ??= 5", "(??= $x 5)"),
        ("${a}?.b; ${a}?[0]; $a?", "(?. $a b) (?[] $a 0) $a?"),
        ("$r. Count", "(. $r Count)"),
        ("Get-Job -Name 'a*' 5 -Force", "(Get-Job -Name 'a*' 5 -Force)"),
        ("gps | ? CPU -gt 1 | select -First 2", "(| (gps) (? 'CPU' -gt 1) (select -First 2))"),
        ("& $sb 1; Start-Sleep 1 &", "(& $sb 1) (Start-Sleep 1)&"),
        ("a && b || c", "(chain (a) && (b) || (c))"),
        ("if ($x) { 1 } elseif ($y) { 2 } else { 3 }", "(if ($x {1}) ($y {2}) (else {3}))"),
        ("foreach ($i in 1..3) { $i }", "(foreach $i (.. 1 3) {$i})"),
        ("function f([int]$a = 2) { $a }", "(function f {(param [int]$a=2) $a})"),
        ("try { 1 } catch [System.IO.IOException] { 2 } finally { 3 }", "(try {1} (catch [System.IO.IOException] {2}) (finally {3}))"),
        ("trap [System.IO.IOException] { continue } 1; trap { 2 }", "(trap [System.IO.IOException] {(continue)}) 1 (trap {2})"),
        ("if ($x) { 1 } $y; while ($z) { } 2", "(if ($x {1})) $y (while $z {}) 2"),
        ("class P : B { [int]$X = 1\n static [string] Name([int]$a) { return 'p' }\n P() : base(1) { } }",
         "(class P : B [int]$X=1 static [string]Name($a) P())"),
        ("[Flags()] enum E { A = 1; B }", "(enum E A=1 B)"),
        ("(1,2).Where{ $_ }; $o.$('k') = 1; $i ++", "(.call (paren (, 1 2)) Where {$_}) (= (. $o $('k')) 1) ($i ++)"),
        ("($a, $b) = 1, 2; $h.Item('k') = 3", "(= (paren (, $a $b)) (, 1 2)) (= (.call $h Item 'k') 3)"),
        ("$cache:x; $alias:ls; 20.; 7n", "$cache:x $alias:ls 20.0 ([bigint] '7')"),
        ("function f() { param($a) }", "(function f {(param $a)})"),
        ("using namespace System.Text; DATA d { 1 }; switch -File f.txt { 'a' { 1 } }",
         "(using namespace System.Text) (data d {1}) (switch 'f.txt' ('a' {1}))"),
        ("function f { end { 1 } clean { 2 } }", "(function f {(end 1) (clean 2)})"),
        ("[pscustomobject]@{ a = 1 }", "([pscustomobject] @{'a'=1})"),
        ("\"x $y $($z + 1)\"", "\"x $y $((+ $z 1))\""),
        ("'it''s' > out.txt 2>&1", "'it''s' 1>'out.txt' 2>&1"),
        ("$i++; --$j; -not $k", "($i ++) (-- $j) (-not $k)"),
        ("[math]::Round(2.5, 0).ToString()", "(.call (::call [math] Round 2.5 0) ToString)"),
        ("f -Force:$false", "(f -Force:$false)"),
        // A string's parts: text, variables (a member is text in a string), subexpressions, escapes.
        (#""a $x.Length $($y + 1) ${z}`n `$ ``""#, #""a $x.Length $((+ $y 1)) $z`n `$ ``""#),
        ("@'\nline one\n  $notExpanded\n'@", "'line one\n  $notExpanded'"),
        ("0x1F; 2kb; 1mb; 10", "31 2048 1048576 10"),
        ("begin { 1 } process { 2 } end { 3 }", "(begin 1) (process 2) (end 3)"),
        ("[CmdletBinding()] param([Parameter(Mandatory, Position=0)][string]$Name, [switch]$Force = $false)",
         "(param [CmdletBinding()] [Parameter(Mandatory, Position=0)][string]$Name [switch]$Force=$false)"),
    ])
    func syntaxTrees(text: String, expected: String) throws {
        let actual = try printed(text)
        #expect(actual == expected)
    }

    @Test func aParameterAttributeMakesABlockAdvanced() throws {
        #expect(try parse("[CmdletBinding()] param($a)").isAdvanced)
        #expect(try parse("param([Parameter(Mandatory)]$a)").isAdvanced)
        #expect(try !parse("param([string]$a)").isAdvanced)
    }

    func parseError(_ text: String) -> ParseError? {
        do {
            _ = try parse(text)
            return nil
        } catch let error as ParseError {
            return error
        } catch {
            return nil
        }
    }

    @Test func missingClosingBraceIsReportedAtTheBrace() throws {
        let error = try #require(parseError("if ($x) {\n  'a'\n"))
        #expect(error.message == "Missing closing '}' in statement block or type definition.")
        #expect(error.span.line == 1)
        #expect(error.span.column == 9)
        #expect(error.isIncompleteInput)
    }

    @Test func anOperatorEndingTheTextIsIncomplete() throws {
        for text in ["1 +", "$a ??", "$a ?", "$a ? 1 :", "$a ? 1"] {
            let error = try #require(parseError(text), "\(text)")
            #expect(error.isIncompleteInput, "\(text)")
        }
        let error = try #require(parseError("$a ? : 2"))
        #expect(error.message == "You must provide a value expression following the '?' operator.")
        #expect(error.span.column == 4 && !error.isIncompleteInput)
    }

    @Test func unexpectedClosingParenthesis() throws {
        let error = try #require(parseError("$x = 1)"))
        #expect(error.message == "Unexpected token ')' in expression or statement.")
        #expect(error.span.column == 7)
        #expect(!error.isIncompleteInput)
    }

    @Test func aConstantKeyGivenTwiceInAHashLiteral() throws {
        let error = try #require(parseError("@{ Name = 1; 'x' = 2; NAME = 3 }"))
        #expect(error.message == "Duplicate keys 'NAME' are not allowed in hash literals.")
        #expect(error.errorId == "DuplicateKeyInHashLiteral" && error.span.column == 23)
        #expect(try #require(parseError("@{ 1 = 'a'; 1 = 'b' }")).errorId == "DuplicateKeyInHashLiteral")
        // Computed keys are compared when the literal is evaluated.
        #expect(parseError("@{ a = 1; $a = 2; ('a') = 3 }") == nil)
        #expect(parseError("@{ a = 1 }; @{ a = 2 }") == nil)
    }

    @Test func aColonAfterAVariableNameNeedsANameAfterIt() throws {
        for text in ["\"$status: ok\"", "$a: 1", "\"$a:\""] {
            let error = try #require(parseError(text), "\(text)")
            #expect(error.errorId == "InvalidVariableReferenceWithDrive", "\(text)")
        }
        for text in ["\"$env:HOME\"", "\"${status}: ok\"", "$x::MaxValue", "$global:a", "\"$a`: b\""] {
            #expect(parseError(text) == nil, "\(text)")
        }
    }

    @Test func errorDescriptionShowsLineAndCaret() throws {
        let error = try #require(parseError("$a = 1\n$b = (2 +\n"))
        #expect(error.description.hasPrefix("ParserError: <test>:"))
        #expect(error.description.contains("^"))
    }

    @Test func unterminatedString() throws {
        let error = try #require(parseError("'abc"))
        #expect(error.message == "The string is missing the terminator: '.")
        #expect(error.isIncompleteInput)
    }

    @Test func expressionAfterPipeIsRejected() throws {
        let error = try #require(parseError("Get-Job | 5"))
        #expect(error.message == "Expressions are only allowed as the first element of a pipeline.")
    }

    @Test func emptyPipeElement() throws {
        let error = try #require(parseError("Get-Job | | Wait-Job"))
        #expect(error.message == "An empty pipe element is not allowed.")
    }

    @Test func deepNestingIsAnErrorNotACrash() throws {
        let error = try #require(parseError(String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000)))
        #expect(error.errorId == "ScriptTooComplicated")
    }
}

/// The tokens the parser records for completion: each word's kind, its
/// text, and the command it belongs to.
@Suite struct SyntaxTokenTests {
    func described(_ text: String) -> [String] {
        let input = Parser.tokens(of: text)
        let scalars = Array(text.unicodeScalars)
        return input.tokens.map { token in
            var word = String.UnicodeScalarView()
            word.append(contentsOf: scalars[token.start..<token.end(in: scalars.count)])
            let owner = token.command.map { " of \(String(String.UnicodeScalarView(scalars[input.tokens[$0].start..<input.tokens[$0].end(in: scalars.count)])))" } ?? ""
            return "\(token.kind) \(String(word))\(token.end == nil ? "…" : "")\(owner)"
        }
    }

    @Test func wordsOfACommandLine() {
        #expect(described("Get-Job -Name $n | Stop-Job (Get-Item x).Id") == [
            "commandName Get-Job of Get-Job", "parameter -Name of Get-Job", "argument $n of Get-Job", "variable $n of Get-Job",
            "commandName Stop-Job of Stop-Job", "argument (Get-Item x).Id of Stop-Job",
            "commandName Get-Item of Get-Item", "argument x of Get-Item", "member(isStatic: false, targetStart: 28) Id of Stop-Job",
        ])
    }

    @Test func anUnfinishedLineLeavesItsLastWordOpen() {
        #expect(described("Get-Content 'my fi") == ["commandName Get-Content of Get-Content", "argument 'my fi… of Get-Content"])
        #expect(described("[System.IO.Pa") == ["typeName System.IO.Pa"])
        #expect(described("$x |") == ["variable $x", "commandExpected "])
        let open = Parser.tokens(of: "Get-Job -Id ")
        #expect(open.commandOpenAtEnd == 0)
        #expect(open.error == nil)
    }
}
