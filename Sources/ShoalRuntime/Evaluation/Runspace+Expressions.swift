// Expression evaluation: literals, strings with expansion, operators,
// casts, collections and script block literals. Member access and
// indexing are in Runspace+Members.swift.

import ShoalSyntax

extension Runspace {
    public func evaluate(_ expression: ExpressionNode) throws -> Value {
        if fastPaths { switch expression.shape {
        case .integer(let n): return .int(n)
        case .variable(let reference):
            return try reference.with { try readVariable($0, span: expression.span) }
        case .binary(let op, let left, let right):
            return try left.with { left in try right.with { right in try evaluateBinary(op, left, right, span: expression.span) } }
        case .member(let target, let name):
            return try target.with { target in
                try name.with { name in try evaluateMember(target, name, isStatic: false, span: expression.span) }
            }
        case .expandable(let parts):
            return .string(try expand(parts, of: expression))
        case .hashtable(let literal):
            return try literal.with { try evaluateHashtable($0) }
        case .other:
            break
        } }
        switch expression.kind {
        case .integer(let n): return .int(n)
        case .double(let d): return .double(d)
        case .string(let s): return .string(s)
        case .variable(let reference):
            return try readVariable(reference, span: expression.span)
        case .binary(let op, let left, let right):
            return try evaluateBinary(op, left, right, span: expression.span)
        case .expandableString(let parts):
            return .string(try expand(parts))
        case .member(let target, let name, let isStatic):
            return try evaluateMember(target, name, isStatic: isStatic, span: expression.span)
        case .invokeMember(let target, let name, let arguments, let isStatic):
            return try evaluateInvocation(target, name, arguments, isStatic: isStatic, span: expression.span) ?? .null
        case .index(let target, let index):
            return try evaluateIndex(try evaluate(target), try evaluate(index), span: expression.span)
        case .unary(let op, let operand):
            return try evaluateUnary(op, operand, span: expression.span)
        case .increment(let target, let delta, let prefix):
            return try increment(target, delta: delta, prefix: prefix, span: expression.span)
        case .arrayLiteral(let items):
            var values: [Value] = []
            values.reserveCapacity(items.count)
            for item in items { values.append(try evaluate(item)) }
            return .list(values)
        case .arraySubexpression(let block):
            if block.statements.count == 1, case .pipeline(let p) = block.statements[0].kind, p.elements.count == 1,
               !p.isBackground, case .expression(let inner, let redirections) = p.elements[0], redirections.isEmpty {
                if case .increment = inner.kind {} else {
                    let value = try evaluateForOutput(inner)
                    // (A variable holding a pipeline's nothing adds nothing: see writeOutput.)
                    if case .null? = value, case .variable(let reference) = inner.kind, box(of: reference)?.holdsNothing == true {
                        return .list([])
                    }
                    return .list(value.map { $0.enumeratedItemsKeepingNull } ?? [])
                }
            }
            let sink = CollectingSink()
            try execute(block, output: sink)
            return .list(sink.items)
        case .subexpression(let block):
            let sink = CollectingSink()
            try execute(block, output: sink)
            // (Read by an assignment of a lone `$()`, as after a pipeline.)
            status.lastValueWroteNothing = sink.isEmpty
            return sink.result
        case .parenthesized(let statement):
            if case .assignment(let target, let op, let value) = statement.kind {
                return try assign(target, op, value, span: statement.span)
            }
            return try evaluateStatementValue(statement)
        case .hashtable(let literal):
            return try evaluateHashtable(literal)
        case .scriptBlock(let node):
            let block = ScriptBlock(node)
            if scriptScope.isModuleScope { block.moduleScope = scriptScope }
            return .scriptBlock(block)
        case .convert(let type, let operand):
            // `[pscustomobject]@{...}` builds the object directly, in key order.
            if case .hashtable(let literal) = operand.kind, type.isPSCustomObject {
                // The keys and values are gathered first and become the
                // object's storage as they are (growing a dictionary
                // property by property cost a quarter of building one).
                var folded: [String] = []
                var properties: [(name: String, value: Value)] = []
                var namesType = false
                folded.reserveCapacity(literal.entries.count)
                properties.reserveCapacity(literal.entries.count)
                for entry in literal.entries {
                    let key = try entry.constantKey ?? {
                        let name = Conversion.toString(try evaluate(entry.key))
                        return (name, name.lowercased())
                    }()
                    guard !folded.contains(key.folded) else {
                        throw ScriptError.runtime("Duplicate keys '\(key.name)' are not allowed in hash literals.",
                                                  id: "DuplicateKeyInHashLiteral", at: entry.key.span)
                    }
                    // (A length test first: this runs for every key of every object built.)
                    if key.folded.utf8.count == 10, key.folded == "pstypename" { namesType = true }
                    folded.append(key.folded)
                    properties.append((key.name, try evaluateStatementValue(entry.value)))
                }
                let object = PSObject(folded: folded, properties: properties)
                return .object(namesType ? object.takeTypeNameKey() : object)
            }
            let value = try evaluate(operand)
            if type.isVoid { return .null }
            return try convert(value, toTypeNamed: type.name, at: type.span)
        case .typeLiteral(let type):
            if let definition = scriptType(named: type.name) { return .native(TypeObject(scriptType: definition)) }
            guard let full = resolveTypeName(type.name) else {
                throw ScriptError.runtime("Unable to find type [\(type.name)].", id: "TypeNotFound", at: type.span)
            }
            return .native(TypeObject(name: full))
        case .splat(let reference):
            return try readVariable(reference, span: expression.span)
        case .ternary(let condition, let ifTrue, let ifFalse):
            return try evaluate(Conversion.toBool(try evaluate(condition)) ? ifTrue : ifFalse)
        case .nullConditional(let access):
            return try evaluateNullConditional(access)
        }
    }

    /// The value an expression statement writes to the pipeline, or nil
    /// for nothing (void methods, `[void]`, increments).
    func evaluateForOutput(_ expression: ExpressionNode) throws -> Value? {
        switch expression.kind {
        case .increment(let target, let delta, let prefix):
            _ = try increment(target, delta: delta, prefix: prefix, span: expression.span)
            return nil
        case .convert(let type, let operand) where type.isVoid:
            _ = try evaluate(operand)
            return nil
        case .invokeMember(let target, let name, let arguments, let isStatic):
            return try evaluateInvocation(target, name, arguments, isStatic: isStatic, span: expression.span)
        default:
            return try evaluate(expression)
        }
    }

    /// A statement that is one expression, used as a value: the value
    /// itself (`$a = @()` keeps the empty array), where running it as a
    /// statement would enumerate it; `$i++` gives the old value.
    private func loneExpressionValue(_ expression: ExpressionNode) throws -> Value {
        if case .increment = expression.kind { return try evaluate(expression) }
        return try evaluateForOutput(expression) ?? .null
    }

    /// The value of a statement used as an expression (an assignment's
    /// right side, a condition): a lone expression is evaluated directly;
    /// anything else is run and its output collected.
    public func evaluateStatementValue(_ statement: StatementNode) throws -> Value {
        if fastPaths {
            switch statement.shape {
            case .expression(let expression):
                return try expression.with { try loneExpressionValue($0) }
            case .assignment(let target, let op, let value):
                return try target.with { target in try value.with { value in try assign(target, op, value, span: statement.span) } }
            case .command, .other:
                break
            }
        } else {
            // The same two cases read from the node itself, as the shape was made from it.
            switch statement.kind {
            case .pipeline(let pipeline) where pipeline.elements.count == 1 && !pipeline.isBackground:
                if case .expression(let expression, let redirections) = pipeline.elements[0], redirections.isEmpty {
                    return try loneExpressionValue(expression)
                }
            case .assignment(let target, let op, let value):
                return try assign(target, op, value, span: statement.span)
            default:
                break
            }
        }
        // Sinks are reused: `$x = f` in a loop would otherwise allocate one
        // per turn. (Moved out and back, not copied: see runFunctionBody.)
        let sink = caches.spareValueSink.take() ?? caches.spareValueSinks.popLast() ?? CollectingSink()
        do {
            try executeReportingErrors(statement, output: sink)
        } catch {
            // (Empty already unless the statement failed.)
            sink.reset()
            putBack(sink)
            throw error
        }
        // (Read by an assignment: a pipeline that wrote nothing gives pwsh's
        // AutomationNull; see VariableBox.holdsNothing.)
        // The outermost statement finishes last, so its answer stands.
        status.lastValueWroteNothing = sink.isEmpty
        let result = sink.takeResult()
        putBack(consume sink)
        return result
    }

    private func putBack(_ sink: consuming CollectingSink) {
        if caches.spareValueSink == nil { caches.spareValueSink = consume sink } else { caches.spareValueSinks.append(consume sink) }
    }

    /// A new table with a literal's entries, in order; its entries are
    /// borrowed (see Borrowed), and a constant key was folded when compiled.
    private func evaluateHashtable(_ literal: HashtableLiteralNode) throws -> Value {
        let table = HashtableValue(ordered: literal.ordered, capacity: literal.borrowedEntries.count)
        for index in literal.borrowedEntries.indices {
            try literal.borrowedEntries[index].with { entry in
                let key: Value, folded: HashKey
                if let name = entry.constantName {
                    key = .string(name)
                    folded = entry.constantHashKey
                } else {
                    key = try evaluate(entry.key)
                    folded = HashKey(key)
                }
                guard try table.addNew(key, folded: folded, { try evaluateStatementValue(entry.value) }) else {
                    throw ScriptError.runtime("Duplicate keys '\(Conversion.toString(key))' are not allowed in hash literals.",
                                              id: "DuplicateKeyInHashLiteral", at: entry.key.span)
                }
            }
        }
        return .hashtable(table)
    }

    /// A double-quoted string from its borrowed parts (see Expression.Shape).
    func expand(_ parts: [ExpressionNode.ExpansionPart], of expression: ExpressionNode) throws -> String {
        var result = ""
        for part in parts {
            switch part {
            case .text(let text): result += text
            case .variable(let reference):
                result += stringForExpansion(try reference.with { try readVariable($0, span: expression.span, inString: true) })
            case .original(let index):
                guard case .expandableString(let all) = expression.kind else { continue }
                result += try expand(all[index...index])
            }
        }
        return result
    }

    func expand(_ parts: some Collection<StringPartNode>) throws -> String {
        var result = ""
        for part in parts {
            switch part {
            case .text(let text): result += text
            case .variable(let reference, let span):
                result += stringForExpansion(try readVariable(reference, span: span, inString: true))
            case .subexpression(let block, _):
                let sink = CollectingSink()
                try execute(block, output: sink)
                result += stringForExpansion(sink.result)
            }
        }
        return result
    }

    /// Arrays in strings join with `$OFS` (a space by default).
    func stringForExpansion(_ value: Value) -> String {
        if case .array(let array) = value {
            let separator = variable("OFS").map(Conversion.toString) ?? " "
            return array.items.map(Conversion.elementString).joined(separator: separator)
        }
        return Conversion.toString(value)
    }

    func evaluateBinary(_ op: BinaryOperator, _ leftExpression: ExpressionNode, _ rightExpression: ExpressionNode,
                        span: SourceSpan) throws -> Value {
        switch op {
        case .and:
            guard Conversion.toBool(try evaluate(leftExpression)) else { return .bool(false) }
            return .bool(Conversion.toBool(try evaluate(rightExpression)))
        case .or:
            if Conversion.toBool(try evaluate(leftExpression)) { return .bool(true) }
            return .bool(Conversion.toBool(try evaluate(rightExpression)))
        case .coalesce:
            let left = try evaluate(leftExpression)
            return left.isNull ? try evaluate(rightExpression) : left
        default:
            break
        }
        let left = try evaluate(leftExpression)
        let right = try evaluate(rightExpression)
        switch op {
        case .add:
            if !fastPaths { return try Operators.add(left, right, at: span) }
            if case .int(let a) = left, case .int(let b) = right {
                let (sum, overflow) = a.addingReportingOverflow(b)
                return Operators.integerResult(a, b, sum, overflow: overflow, Double(a) + Double(b))
            }
            if case .double(let a) = left {
                if case .double(let b) = right { return .double(a + b) }
                if case .int(let b) = right { return .double(a + Double(b)) }
            }
            return try Operators.add(left, right, at: span)
        case .subtract, .multiply, .divide, .remainder:
            return try Operators.arithmetic(op, left, right, at: span)
        case .compare(let comparison, let caseSensitive):
            if fastPaths, case .int(let a) = left, case .int(let b) = right {
                switch comparison {
                case .lt: return .bool(a < b)
                case .le: return .bool(a <= b)
                case .gt: return .bool(a > b)
                case .ge: return .bool(a >= b)
                case .eq: return .bool(a == b)
                case .ne: return .bool(a != b)
                default: break
                }
            }
            return try Operators.compare(comparison, left, right, caseSensitive: caseSensitive, context: self, at: span)
        case .xor:
            return .bool(Conversion.toBool(left) != Conversion.toBool(right))
        case .band, .bor, .bxor, .shl, .shr:
            return try Operators.bitwise(op, left, right, at: span)
        case .range:
            return try Operators.range(left, right, at: span)
        case .format:
            return .string(try Operators.format(Conversion.toString(left), right.isNull ? [.null] : right.enumeratedItems, at: span))
        case .join:
            return Operators.join(left, right)
        case .split(let caseSensitive):
            return try Operators.split(left, right, caseSensitive: caseSensitive, at: span) { block, item, index, character in
                let sink = CollectingSink()
                try self.invokeBlock(block, dollarUnder: .string(String(character)), arguments: [.string(item), .int(index)],
                                output: sink, span: span)
                return Conversion.toBool(sink.result)
            }
        case .replace(let caseSensitive):
            // The match is `$_` (a script block substitution) and the first
            // argument too (a MatchEvaluator made from a script block).
            return try Operators.replace(left, right, caseSensitive: caseSensitive, at: span) { block, match in
                let sink = CollectingSink()
                try self.invokeBlock(block, dollarUnder: match, arguments: [match], output: sink, span: span)
                return Conversion.toString(sink.result)
            }
        case .typeIs:
            return .bool(try Operators.isType(left, right, at: span))
        case .typeIsNot:
            return .bool(!(try Operators.isType(left, right, at: span)))
        case .typeAs:
            let typeName: String
            if case .native(let type as TypeObject) = right { typeName = type.fullName } else { typeName = Conversion.toString(right) }
            return (try? convert(left, toTypeNamed: typeName, at: span)) ?? .null
        case .and, .or, .coalesce:
            return .null
        }
    }

    func evaluateUnary(_ op: UnaryOperator, _ operandExpression: ExpressionNode, span: SourceSpan) throws -> Value {
        let operand = try evaluate(operandExpression)
        switch op {
        case .not: return .bool(!Conversion.toBool(operand))
        case .negate:
            switch operand {
            case .int(let n): return n == Int.min ? .double(-Double(n)) : .int(-n)
            case .double(let d): return .double(-d)
            default:
                if case .native(let duration as TimeSpanValue) = operand { return .native(try TimeSpanValue.checked(Int(0).subtractingReportingOverflow(duration.ticks), at: span)) }
                if case .native(let number as NumberValue) = operand.unwrapped {
                    return try NumberValue.arithmetic(.subtract, .int(0), .native(number), at: span)!
                }
                return try Operators.arithmetic(.multiply, try Operators.numberOrError(operand, for: .int(0), at: span), .int(-1), at: span)
            }
        case .plus:
            return try Operators.numberOrError(operand, for: .int(0), at: span)
        case .bnot:
            return .int(~(try TypeConversion.toInteger(operand, "System.Int64", span)))
        case .join:
            return Operators.join(operand, .string(""))
        case .split:
            return Operators.splitWhitespace(operand)
        case .comma:
            return .list([operand])
        }
    }
}

extension Value {
    /// Like `enumeratedItems`, but `$null` counts as one item (for `@($null)`).
    public var enumeratedItemsKeepingNull: [Value] {
        if case .null = self { return [.null] }
        return enumeratedItems
    }
}
