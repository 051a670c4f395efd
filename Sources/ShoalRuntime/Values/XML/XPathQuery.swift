// The XPath that SelectNodes, SelectSingleNode and Select-Xml take: location
// paths of steps (`/`, `//`, `.`, `..`, names, `*`, `@name`, `@*`,
// `text()`, `node()`) with predicates (`[2]`, `[last()]`, `[@id]`,
// `[@id='a']`, `[name='x']`, `[text()='x']`, `!=` too) and unions (`a | b`).
// Functions and arithmetic beyond those are refused with XPathException's
// message rather than answered wrongly.

/// A parsed XPath expression.
public struct XPathQuery {
    struct Step {
        enum Test { case name(String), anyElement, attribute(String), anyAttribute, text, node, current, parent }
        var descendant = false
        var test: Test
        var predicates: [Predicate] = []
    }

    enum Predicate {
        case position(Int)
        case last
        case exists(Step.Test)
        case compare(Step.Test, String, equal: Bool)
    }

    struct Path {
        var absolute = false
        var steps: [Step] = []
    }

    public let text: String
    private(set) var paths: [Path] = []

    /// Parses `text`; an expression outside the subset is an XPathException.
    public init(_ text: String) throws {
        self.text = text
        for part in XPathQuery.split(text, on: "|") { paths.append(try parsePath(part.trimmingCharacters())) }
    }

    private func invalid() -> ScriptError {
        ScriptError.runtime("'\(text)' has an invalid token.", id: "XPathException", at: nil, type: "System.Xml.XPath.XPathException")
    }

    private func parsePath(_ text: String) throws -> Path {
        guard !text.isEmpty else { throw invalid() }
        var path = Path()
        var rest = Substring(text)
        var descendant = false
        if rest.hasPrefix("//") {
            path.absolute = true
            descendant = true
            rest = rest.dropFirst(2)
        } else if rest.hasPrefix("/") {
            path.absolute = true
            rest = rest.dropFirst()
            if rest.isEmpty { return path }
        }
        for (index, piece) in XPathQuery.split(String(rest), on: "/").enumerated() {
            if piece.isEmpty {
                // `a//b`: an empty piece between slashes means descendant-or-self.
                guard index > 0 else { throw invalid() }
                descendant = true
                continue
            }
            var step = try parseStep(piece)
            step.descendant = descendant
            descendant = false
            path.steps.append(step)
        }
        if descendant { throw invalid() }
        return path
    }

    private func parseStep(_ text: String) throws -> Step {
        var body = Substring(text.trimmingCharacters())
        var predicates: [Predicate] = []
        while body.hasSuffix("]"), let open = XPathQuery.matchingOpen(in: body) {
            predicates.insert(try parsePredicate(String(body[body.index(after: open)..<body.index(before: body.endIndex)])), at: 0)
            body = body[..<open]
        }
        return Step(test: try parseTest(String(body).trimmingCharacters()), predicates: predicates)
    }

    private func parseTest(_ text: String) throws -> Step.Test {
        switch text {
        case ".": return .current
        case "..": return .parent
        case "*": return .anyElement
        case "@*": return .anyAttribute
        case "text()": return .text
        case "node()": return .node
        default:
            let isAttribute = text.hasPrefix("@")
            let name = isAttribute ? String(text.dropFirst()) : text
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || "_-.:".contains($0) }) else { throw invalid() }
            return isAttribute ? .attribute(name) : .name(name)
        }
    }

    private func parsePredicate(_ text: String) throws -> Predicate {
        let body = text.trimmingCharacters()
        if let number = Int(body), number >= 1 { return .position(number) }
        if body == "last()" { return .last }
        for (op, equal) in [("!=", false), ("=", true)] {
            guard let range = body.firstRange(of: op) else { continue }
            let left = String(body[..<range.lowerBound]).trimmingCharacters()
            var right = String(body[range.upperBound...]).trimmingCharacters()
            if let quote = right.first, quote == "'" || quote == "\"", right.count >= 2, right.last == quote {
                right = String(right.dropFirst().dropLast())
            } else if Double(right) == nil {
                throw invalid()
            }
            return .compare(try parseTest(left), right, equal: equal)
        }
        return .exists(try parseTest(body))
    }

    // MARK: - Evaluation

    /// The nodes the expression selects with `context` as the context node, in document order.
    public func select(from context: XmlNodeValue) -> [XmlNodeValue] {
        var result: [XmlNodeValue] = []
        for path in paths {
            var nodes = [path.absolute ? XPathQuery.root(of: context) : context]
            for step in path.steps { nodes = apply(step, to: nodes) }
            for node in nodes where !result.contains(where: { $0 === node }) { result.append(node) }
        }
        if paths.count > 1 {
            let order = XPathQuery.documentOrder(XPathQuery.root(of: context))
            result.sort { a, b in (order.firstIndex { $0 === a } ?? 0) < (order.firstIndex { $0 === b } ?? 0) }
        }
        return result
    }

    private func apply(_ step: Step, to nodes: [XmlNodeValue]) -> [XmlNodeValue] {
        var result: [XmlNodeValue] = []
        for node in nodes {
            let bases = step.descendant ? [node] + node.descendants : [node]
            for base in bases {
                var matched = XPathQuery.candidates(step.test, of: base)
                for predicate in step.predicates { matched = filter(matched, by: predicate) }
                for match in matched where !result.contains(where: { $0 === match }) { result.append(match) }
            }
        }
        return result
    }

    private static func candidates(_ test: Step.Test, of node: XmlNodeValue) -> [XmlNodeValue] {
        switch test {
        case .current: return [node]
        case .parent: return node.parent.map { [$0] } ?? []
        case .name(let name): return node.children.filter { $0.kind == .element && $0.name == name }
        case .anyElement: return node.children.filter { $0.kind == .element }
        case .attribute(let name): return node.attributes.filter { $0.name == name }
        case .anyAttribute: return node.attributes
        case .text: return node.children.filter { $0.kind == .text }
        case .node: return node.children.filter { $0.kind != .declaration }
        }
    }

    private func filter(_ nodes: [XmlNodeValue], by predicate: Predicate) -> [XmlNodeValue] {
        switch predicate {
        case .position(let position): return position <= nodes.count ? [nodes[position - 1]] : []
        case .last: return nodes.last.map { [$0] } ?? []
        case .exists(let test): return nodes.filter { !XPathQuery.candidates(test, of: $0).isEmpty }
        case .compare(let test, let value, let equal):
            return nodes.filter { node in
                let values = test.isSelf ? [node.innerText] : XPathQuery.candidates(test, of: node).map(\.innerText)
                let matches = values.contains { XPathQuery.equal($0, value) }
                return equal ? matches : !values.isEmpty && !matches
            }
        }
    }

    private static func equal(_ text: String, _ value: String) -> Bool {
        if let left = Double(text.trimmingCharacters()), let right = Double(value) { return left == right }
        return text == value
    }

    private static func root(of node: XmlNodeValue) -> XmlNodeValue {
        var top = node
        while let parent = top.parent { top = parent }
        return top
    }

    private static func documentOrder(_ root: XmlNodeValue) -> [XmlNodeValue] {
        func walk(_ node: XmlNodeValue) -> [XmlNodeValue] { [node] + node.attributes + node.children.flatMap(walk) }
        return walk(root)
    }

    // MARK: - Lexing helpers

    /// `text` split on `separator` outside brackets and quotes.
    static func split(_ text: String, on separator: Character) -> [String] {
        var parts: [String] = [], current = "", depth = 0
        var quote: Character?
        for character in text {
            if let open = quote {
                if character == open { quote = nil }
            } else if character == "'" || character == "\"" {
                quote = character
            } else if character == "[" {
                depth += 1
            } else if character == "]" {
                depth -= 1
            } else if character == separator, depth == 0 {
                parts.append(current)
                current = ""
                continue
            }
            current.append(character)
        }
        parts.append(current)
        return parts
    }

    /// The `[` that opens the predicate ending `text`.
    static func matchingOpen(in text: Substring) -> Substring.Index? {
        var depth = 0
        var index = text.endIndex
        while index > text.startIndex {
            index = text.index(before: index)
            if text[index] == "]" { depth += 1 }
            if text[index] == "[" {
                depth -= 1
                if depth == 0 { return index }
            }
        }
        return nil
    }
}

extension XPathQuery.Step.Test {
    /// `.` in a predicate (`[.='x']`) compares the node itself.
    var isSelf: Bool { if case .current = self { true } else { false } }
}
