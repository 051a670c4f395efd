// The plan compiler: what it works out from the syntax tree once, before
// a script block first runs (slots, names, shapes).

import Testing
import ShoalRuntime
import ShoalSyntax

@Suite struct PlanCompilerTests {
    func compile(_ text: String) throws -> ScriptBlockNode {
        .compiling(try Parser.parseScript(SourceFile(name: "<test>", text: text)))
    }

    func statements(_ text: String) throws -> [StatementNode] {
        try compile(text).endBlock?.statements ?? []
    }

    @Test func variableSlotsArePerScriptBlock() throws {
        let block = try compile("$a = 1; $b = { $a; $c; $using:d }; $a; $script:e; $_")
        #expect(block.layout.names == ["a", "b"])
        #expect(block.layout.namesIncludingNested.isSuperset(of: ["a", "b", "c", "d", "e"]))
        #expect(block.layout.usingNames == ["d"])
        #expect(block.layout.directUsingNames.isEmpty)
        guard case .assignment(let target, _, let value) = try statements("$a = 1; $b = { $a; $c }")[1].kind,
              case .variable(let b) = target.kind, let literal = value.simpleExpression,
              case .scriptBlock(let nested) = literal.kind else {
            Issue.record("expected $b = { ... }")
            return
        }
        #expect(b.slot == 1 && b.key == "b")
        // The nested block has a layout of its own: `$a` there is its slot 0.
        #expect(nested.layout.names == ["a", "c"])
    }

    @Test func trapsAreTakenOutOfTheirBlocksStatements() throws {
        let block = try compile("1; trap { continue }; 2; if ($x) { trap [System.IO.IOException] { 3 }; 4 }")
        let end = try #require(block.endBlock)
        #expect(end.statements.count == 3)
        #expect(end.traps.count == 1 && end.traps[0].type == nil)
        guard case .ifStatement(let clauses, _) = end.statements[2].kind else {
            Issue.record("expected the if statement third")
            return
        }
        #expect(clauses[0].body.statements.count == 1)
        #expect(clauses[0].body.traps.map { $0.type?.name } == ["System.IO.IOException"])
    }

    @Test func parametersTakeTheLowestSlots() throws {
        let block = try compile("$x = 2; function f([int]$First, $Second) { $local = $First }")
        guard case .functionDefinition(let definition) = try #require(block.endBlock?.statements.last).kind else {
            Issue.record("expected a function")
            return
        }
        #expect(definition.body.layout.names == ["first", "second", "local"])
        #expect(definition.body.paramBlock?.parameters.map(\.variable.slot) == [0, 1])
        #expect(definition.body.paramBlock?.parameters.first?.typeName?.name == "int")
    }

    @Test func automaticAndQualifiedNamesHaveNoSlot() throws {
        for text in ["$_", "$true", "$null", "$script:x", "$global:x", "$env:HOME"] {
            guard let expression = try statements(text).first?.simpleExpression, case .variable(let variable) = expression.kind else {
                Issue.record("\(text) is not a variable")
                continue
            }
            #expect(variable.slot == -1, "\(text)")
        }
        guard let expression = try statements("$PSItem").first?.simpleExpression, case .variable(let item) = expression.kind else {
            Issue.record("expected $PSItem")
            return
        }
        #expect(item.isCurrentItem && item.isAutomatic)
    }

    @Test func statementShapes() throws {
        let compiled = try statements("1 + 2; $x = 3; Get-Item . ; 1 | Out-Null; 'a' > $null")
        guard case .expression = compiled[0].shape, case .assignment = compiled[1].shape,
              case .command(let command) = compiled[2].shape else {
            Issue.record("expected an expression, an assignment and a command")
            return
        }
        command.with { #expect($0.nameKey == "get-item" && $0.positionalValues?.count == 1) }
        guard case .other = compiled[3].shape, case .other = compiled[4].shape else {
            Issue.record("a pipeline and a redirected expression take the general path")
            return
        }
        #expect(compiled[4].simpleExpression == nil)
    }

    @Test func constantsWorkedOutOnce() throws {
        guard let cast = try statements("[PSCustomObject]@{ Name = 1 }").first?.simpleExpression,
              case .convert(let type, let operand) = cast.kind, case .hashtable(let literal) = operand.kind else {
            Issue.record("expected a cast of a hashtable")
            return
        }
        #expect(type.isPSCustomObject && !type.isVoid)
        #expect(literal.entries.first?.constantKey?.folded == "name")
        #expect(literal.entries.first?.constantHashKey == HashKey(string: "NAME"))
        guard let member = try statements("$o.Bucket").first?.simpleExpression, case .member(_, let name, false) = member.kind else {
            Issue.record("expected a member")
            return
        }
        #expect(name.foldedString == "bucket")
    }
}
