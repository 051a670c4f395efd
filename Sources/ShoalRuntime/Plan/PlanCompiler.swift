// Compiles a parsed script block into the nodes the evaluator runs: each
// variable gets its slot in the layout of the block that uses it, names are
// lower-cased once, and the commonest shapes are worked out (see
// ExpressionNode). A script block is compiled once, when it is parsed into
// a ScriptBlock; the `{ }` literals nested in it are compiled with it.

import ShoalSyntax

final class PlanCompiler {
    /// The variables of one script block, in the order they first appear.
    private final class LayoutBuilder {
        var names: [String] = []
        var slots: [String: Int] = [:]
        var nestedNames: Set<String> = []
        var usingNames: Set<String> = []
        var directUsingNames: Set<String> = []
        func slot(for key: String) -> Int {
            if let slot = slots[key] { return slot }
            let slot = names.count
            names.append(key)
            slots[key] = slot
            return slot
        }
    }

    /// Names the evaluator answers itself, never kept in a slot.
    private static let unslottedNames: Set<String> = ["_", "psitem", "true", "false", "null", "?", "$", "^"]

    private var layouts: [LayoutBuilder] = []
    /// How many blocks with traps enclose the block being compiled, within
    /// the current script block.
    private var trapNesting = 0
    /// Commands compiled so far outside nested script blocks: a statement
    /// runs one when the count grew while it was compiled.
    private var commandCount = 0
    /// Compiling a class method's own statements: `return` there gives the method's value.
    private var compilingMethodBody = false

    // MARK: - Script blocks

    func compile(_ block: ScriptBlockAst) -> ScriptBlockNode {
        compile(block, isMethod: false) { _ in () }.node
    }

    /// Compiles a script block; `inScope` compiles more expressions in its
    /// layout (a constructor's `: base(...)` arguments see its parameters).
    private func compile<Extra>(_ block: ScriptBlockAst, isMethod: Bool,
                                inScope: (PlanCompiler) -> Extra) -> (node: ScriptBlockNode, extra: Extra) {
        layouts.append(LayoutBuilder())
        // A nested script block runs on its own: its blocks are not inside the traps around it.
        let enclosingTrapNesting = trapNesting, enclosingCommandCount = commandCount, enclosingMethod = compilingMethodBody
        trapNesting = 0
        compilingMethodBody = isMethod
        defer { (trapNesting, commandCount, compilingMethodBody) = (enclosingTrapNesting, enclosingCommandCount, enclosingMethod) }
        // The parameters first, as they are written first: they take the
        // block's lowest slots.
        let parameters = block.paramBlock.map(compile)
        let extra = inScope(self)
        let begin = block.beginBlock.map(compile)
        let process = block.processBlock.map(compile)
        let end = block.endBlock.map(compile)
        let clean = block.cleanBlock.map(compile)
        let builder = layouts.removeLast()
        let layout = VariableLayout(names: builder.names, namesIncludingNested: builder.nestedNames,
                                    usingNames: builder.usingNames, directUsingNames: builder.directUsingNames)
        if let parent = layouts.last {
            parent.nestedNames.formUnion(layout.namesIncludingNested)
            parent.usingNames.formUnion(layout.usingNames)
        }
        return (ScriptBlockNode(syntax: block, paramBlock: parameters, beginBlock: begin, processBlock: process,
                                endBlock: end, layout: layout, cleanBlock: clean), extra)
    }

    private func compile(_ definition: TypeDefinitionAst) -> TypeDefinitionNode {
        var properties: [PropertyNode] = []
        var methods: [MethodNode] = []
        var enumMembers: [(name: String, value: ExpressionNode?, span: SourceSpan)] = []
        for member in definition.members {
            switch member {
            case .property(let property):
                properties.append(PropertyNode(name: property.name, typeName: property.typeName.map(TypeNode.init),
                                               defaultValue: property.defaultValue.map { compile($0) },
                                               isStatic: property.isStatic, isHidden: property.isHidden))
            case .method(let method):
                let (body, baseArguments) = compile(method.body, isMethod: true) { compiler in
                    method.baseArguments.map { $0.map { compiler.compile($0) } }
                }
                methods.append(MethodNode(name: method.name, returnType: method.returnType.map(TypeNode.init),
                                          isConstructor: method.isConstructor, isStatic: method.isStatic, isHidden: method.isHidden,
                                          body: body, baseArguments: baseArguments, span: method.span))
            case .enumMember(let name, let value, let span):
                enumMembers.append((name, value.map { compile($0) }, span))
            }
        }
        return TypeDefinitionNode(syntax: definition, properties: properties, methods: methods, enumMembers: enumMembers,
                                  attributes: definition.attributes.map { compile($0) })
    }

    private func compile(_ block: ParamBlockAst) -> ParamBlockNode {
        let attributes = block.attributes.map { compile($0) }
        let parameters = block.parameters.map { parameter in
            let attributes = parameter.attributes.map { compile($0) }
            let typeName = parameter.typeName.map(TypeNode.init)
            let variable = variable(parameter.variable)
            return ParameterNode(variable: variable, typeName: typeName, defaultValue: parameter.defaultValue.map { compile($0) },
                                 attributes: attributes, span: parameter.span)
        }
        return ParamBlockNode(parameters: parameters, attributes: attributes, span: block.span)
    }

    private func compile(_ attribute: AttributeAst) -> AttributeNode {
        AttributeNode(name: attribute.name, positional: attribute.positional.map { compile($0) },
                      named: attribute.named.map { ($0.name, $0.value.map { compile($0) }) }, span: attribute.span)
    }

    private func variable(_ reference: VariableReference) -> VariableNode {
        var slot = -1
        let key = reference.name.lowercased()
        let qualifier = reference.qualifier
        if qualifier == .none || qualifier == .local, !PlanCompiler.unslottedNames.contains(key), let layout = layouts.last {
            slot = layout.slot(for: key)
        } else if let layout = layouts.last {
            layout.nestedNames.insert(key)
            if qualifier == .using {
                layout.usingNames.insert(key)
                layout.directUsingNames.insert(key)
            }
        }
        return VariableNode(reference, slot: slot)
    }

    // MARK: - Statements

    private func compile(_ block: StatementBlock) -> StatementList {
        var statements: [StatementNode] = []
        var traps: [TrapNode] = []
        let hasTraps = block.statements.contains { if case .trapStatement = $0.kind { true } else { false } }
        let insideTraps = trapNesting > 0
        if hasTraps { trapNesting += 1 }
        for statement in block.statements {
            if case .trapStatement(let type, let body) = statement.kind {
                traps.append(TrapNode(type: type.map(TypeNode.init), body: compile(body)))
            } else {
                statements.append(compile(statement))
            }
        }
        if hasTraps { trapNesting -= 1 }
        return StatementList(statements: statements, traps: traps, hidesEnclosingTraps: insideTraps, span: block.span)
    }

    private func compile(_ statement: Statement) -> StatementNode {
        let commandsBefore = commandCount
        let kind: StatementNode.Kind
        switch statement.kind {
        case .pipeline(let pipeline):
            kind = .pipeline(compile(pipeline))
        case .pipelineChain(let first, let rest, let isBackground):
            let head = compile(first)
            kind = .pipelineChain(first: head, rest: rest.map { ($0.op, compile($0.pipeline)) }, isBackground: isBackground)
        case .assignment(let target, let op, let value):
            let compiledTarget = compile(target)
            kind = .assignment(target: compiledTarget, op: op, value: compile(value))
        case .ifStatement(let clauses, let elseBody):
            let compiled = clauses.map { clause in (condition: compile(clause.condition), body: compile(clause.body)) }
            kind = .ifStatement(clauses: compiled, elseBody: elseBody.map { compile($0) })
        case .whileLoop(let label, let condition, let body):
            let compiledCondition = compile(condition)
            kind = .whileLoop(label: label, condition: compiledCondition, body: compile(body))
        case .doLoop(let label, let body, let condition, let isUntil):
            let compiledBody = compile(body)
            kind = .doLoop(label: label, body: compiledBody, condition: compile(condition), isUntil: isUntil)
        case .forLoop(let label, let initializer, let condition, let iterator, let body):
            let compiledInitializer = initializer.map { compile($0) }
            let compiledCondition = condition.map { compile($0) }
            let compiledIterator = iterator.map { compile($0) }
            kind = .forLoop(label: label, initializer: compiledInitializer, condition: compiledCondition,
                            iterator: compiledIterator, body: compile(body))
        case .foreachLoop(let label, let reference, let collection, let body):
            let compiledVariable = variable(reference)
            let compiledCollection = compile(collection)
            kind = .foreachLoop(label: label, variable: compiledVariable, collection: compiledCollection, body: compile(body))
        case .switchStatement(let ast):
            let subject = compile(ast.subject)
            let clauses = ast.clauses.map { clause in (condition: compile(clause.condition), body: compile(clause.body)) }
            kind = .switchStatement(SwitchNode(label: ast.label, mode: ast.mode, caseSensitive: ast.caseSensitive,
                                               subject: subject, clauses: clauses,
                                               defaultBody: ast.defaultBody.map { compile($0) }, readsFile: ast.readsFile))
        case .functionDefinition(let definition):
            kind = .functionDefinition(FunctionDefinitionNode(name: definition.name, isFilter: definition.isFilter,
                                                              body: compile(definition.body)))
        case .tryStatement(let body, let catches, let finallyBody):
            let compiledBody = compile(body)
            let compiledCatches = catches.map { CatchNode(types: $0.types.map(TypeNode.init), body: compile($0.body)) }
            kind = .tryStatement(body: compiledBody, catches: compiledCatches, finallyBody: finallyBody.map { compile($0) })
        case .throwStatement(let value): kind = .throwStatement(value.map { compile($0) })
        case .returnStatement(let value):
            let compiled = value.map { compile($0) }
            kind = compilingMethodBody ? .methodReturn(compiled) : .returnStatement(compiled)
        case .typeDefinition(let definition): kind = .typeDefinition(compile(definition))
        case .usingNamespace(let name): kind = .usingNamespace(name)
        case .dataSection(let name, let body): kind = .dataSection(name: name, body: compile(body))
        case .exitStatement(let value): kind = .exitStatement(value.map { compile($0) })
        case .breakStatement(let label): kind = .breakStatement(label: label)
        case .continueStatement(let label): kind = .continueStatement(label: label)
        case .block(let block): kind = .block(compile(block))
        case .trapStatement:
            // Only reached for a trap that is not in a block's statement list
            // (the compile(_: StatementBlock) above takes every other out).
            kind = .block(StatementList(statements: [], span: statement.span))
        }
        return StatementNode(kind, statement.span, runsCommand: commandCount > commandsBefore)
    }

    // MARK: - Pipelines and commands

    private func compile(_ pipeline: PipelineAst) -> PipelineNode {
        let elements = pipeline.elements.map { element -> PipelineElementNode in
            switch element {
            case .expression(let expression, let redirections):
                let compiled = compile(expression)
                return .expression(compiled, redirections: redirections.map { compile($0) })
            case .command(let command):
                commandCount += 1
                return .command(compile(command))
            }
        }
        return PipelineNode(elements: elements, isBackground: pipeline.isBackground, span: pipeline.span)
    }

    private func compile(_ command: CommandAst) -> CommandNode {
        let name = compile(command.name)
        let arguments = command.arguments.map { argument -> CommandArgumentNode in
            switch argument {
            case .parameter(let parameter, let value, let span): return .parameter(name: parameter, value: value.map { compile($0) }, span: span)
            case .value(let value): return .value(compile(value))
            case .verbatim(let text, let span): return .verbatim(text, span: span)
            }
        }
        return CommandNode(invocation: command.invocation, name: name, arguments: arguments,
                           redirections: command.redirections.map { compile($0) }, span: command.span)
    }

    private func compile(_ redirection: Redirection) -> RedirectionNode {
        let target: RedirectionNode.Target
        switch redirection.target {
        case .mergeIntoOutput: target = .mergeIntoOutput
        case .file(let path, let append): target = .file(compile(path), append: append)
        }
        return RedirectionNode(stream: redirection.stream, target: target, span: redirection.span)
    }

    // MARK: - Expressions

    private func compile(_ expression: Expression) -> ExpressionNode {
        let kind: ExpressionNode.Kind
        switch expression.kind {
        case .integer(let n): kind = .integer(n)
        case .double(let d): kind = .double(d)
        case .string(let s): kind = .string(s)
        case .expandableString(let parts):
            kind = .expandableString(parts.map { part -> StringPartNode in
                switch part {
                case .text(let text): return .text(text)
                case .variable(let reference, let span): return .variable(variable(reference), span)
                case .subexpression(let block, let span): return .subexpression(compile(block), span)
                }
            })
        case .variable(let reference): kind = .variable(variable(reference))
        case .splat(let reference): kind = .splat(variable(reference))
        case .arrayLiteral(let items): kind = .arrayLiteral(items.map { compile($0) })
        case .arraySubexpression(let block): kind = .arraySubexpression(compile(block))
        case .subexpression(let block): kind = .subexpression(compile(block))
        case .parenthesized(let statement): kind = .parenthesized(compile(statement))
        case .hashtable(let entries, let ordered):
            kind = .hashtable(HashtableLiteralNode(entries: entries.map { entry in
                let key = compile(entry.key)
                return HashEntryNode(key: key, value: compile(entry.value))
            }, ordered: ordered))
        case .scriptBlock(let block): kind = .scriptBlock(compile(block))
        case .binary(let op, let left, let right):
            let compiledLeft = compile(left)
            kind = .binary(op, compiledLeft, compile(right))
        case .unary(let op, let operand): kind = .unary(op, compile(operand))
        case .increment(let target, let delta, let prefix): kind = .increment(compile(target), delta: delta, prefix: prefix)
        case .convert(let type, let operand): kind = .convert(TypeNode(type), compile(operand))
        case .typeLiteral(let type): kind = .typeLiteral(TypeNode(type))
        case .member(let target, let name, let isStatic):
            let compiledTarget = compile(target)
            kind = .member(compiledTarget, name: compile(name), isStatic: isStatic)
        case .invokeMember(let target, let name, let arguments, let isStatic):
            let compiledTarget = compile(target)
            let compiledName = compile(name)
            kind = .invokeMember(compiledTarget, name: compiledName, arguments: arguments.map { compile($0) }, isStatic: isStatic)
        case .index(let target, let index):
            let compiledTarget = compile(target)
            kind = .index(compiledTarget, compile(index))
        case .nullConditional(let access): kind = .nullConditional(compile(access))
        case .ternary(let condition, let ifTrue, let ifFalse):
            let compiledCondition = compile(condition)
            let compiledIfTrue = compile(ifTrue)
            kind = .ternary(condition: compiledCondition, ifTrue: compiledIfTrue, ifFalse: compile(ifFalse))
        }
        return ExpressionNode(kind, expression.span)
    }
}
