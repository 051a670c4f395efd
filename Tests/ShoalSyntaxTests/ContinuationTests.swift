// Where a line goes on: a trailing backtick (input incomplete until the next
// line comes), a line starting with `|` (pwsh 7), and barewords with quoted
// parts. Cases from PowerShell's LineContinuance tests, in shoal's own words.

import Testing
@testable import ShoalSyntax

@Suite struct ContinuationTests {
    func pipelineLengths(_ text: String) throws -> [Int] {
        let statements = try Parser.parseScript(SourceFile(name: "<test>", text: text)).endBlock?.statements ?? []
        return statements.map { statement in
            if case .pipeline(let pipeline) = statement.kind { return pipeline.elements.count }
            return 0
        }
    }

    func parseError(_ text: String) -> ParseError? {
        do {
            _ = try Parser.parseScript(SourceFile(name: "<test>", text: text))
            return nil
        } catch {
            return error
        }
    }

    @Test func aTrailingBacktickAsksForMore() {
        let error = parseError("Write-Output `")
        #expect(error?.isIncompleteInput == true)
        #expect(parseError("Write-Output `\n'next'") == nil)
    }

    @Test func aLeadingPipeContinuesAcrossCommentLines() throws {
        #expect(try pipelineLengths("1..10\n    | Where-Object { $_ }\n    # note\n    | Sort-Object\n'x'") == [3, 1])
        #expect(try pipelineLengths("1..10\n\t| Where-Object { $_ }\n  <# block #>\n  | Sort-Object") == [3])
    }

    @Test func aBlankLineEndsThePipeline() {
        for separator in ["\n\n", "\n  \t\n", "\n    `\n"] {
            #expect(parseError("'Hello'" + separator + "    | ForEach-Object { $_ }")?.errorId == "EmptyPipeElement")
        }
    }

    @Test func whitespaceIncludesFormFeedsAndNonBreakingSpaces() throws {
        #expect(try pipelineLengths("'Hello' |\t \u{0C}\u{0B}\u{A0}\u{85}\n\n    ForEach-Object { $_ }") == [2])
    }

    @Test func quotedPartsJoinABareword() throws {
        let ast = try Parser.parseScript(SourceFile(name: "<test>", text: "printf a\"b $x\"c 'd'e"))
        guard case .pipeline(let pipeline)? = ast.endBlock?.statements.first?.kind,
              case .command(let command) = pipeline.elements[0] else {
            Issue.record("expected a command")
            return
        }
        // `a"b $x"c` is one expandable word; `'d'` and `e` are two arguments.
        #expect(command.arguments.count == 3)
    }
}
