// PowerShell wildcards for -like, switch -Wildcard and name filters:
// `*`, `?`, `[abc]`, `[a-z]`, with a backtick escaping the next character.

/// A compiled wildcard pattern.
public struct Wildcard {
    enum Element {
        case literal(Character)
        case any
        case anySequence
        case set([ClosedRange<Character>], negated: Bool)
    }

    let elements: [Element]
    let caseSensitive: Bool

    public init(_ pattern: String, caseSensitive: Bool = false) {
        self.caseSensitive = caseSensitive
        let chars = Array(caseSensitive ? pattern : pattern.lowercased())
        var elements: [Element] = []
        var index = 0
        while index < chars.count {
            let c = chars[index]
            switch c {
            case "*":
                if case .anySequence? = elements.last {} else { elements.append(.anySequence) }
            case "?": elements.append(.any)
            case "`" where index + 1 < chars.count:
                index += 1
                elements.append(.literal(chars[index]))
            case "[":
                var end = index + 1
                var ranges: [ClosedRange<Character>] = []
                var negated = false
                if end < chars.count, chars[end] == "!" || chars[end] == "^" { negated = true; end += 1 }
                while end < chars.count, chars[end] != "]" {
                    if end + 2 < chars.count, chars[end + 1] == "-", chars[end + 2] != "]" {
                        let low = min(chars[end], chars[end + 2]), high = max(chars[end], chars[end + 2])
                        ranges.append(low...high)
                        end += 3
                    } else {
                        ranges.append(chars[end]...chars[end])
                        end += 1
                    }
                }
                if end < chars.count {
                    elements.append(.set(ranges, negated: negated))
                    index = end
                } else {
                    elements.append(.literal("["))
                }
            default:
                elements.append(.literal(c))
            }
            index += 1
        }
        self.elements = elements
    }

    /// True when the pattern has no wildcard characters.
    public var isLiteral: Bool {
        elements.allSatisfy { if case .literal = $0 { return true } else { return false } }
    }

    public func matches(_ text: String) -> Bool {
        let chars = Array(caseSensitive ? text : text.lowercased())
        var p = 0, t = 0
        var star = -1, mark = 0
        while t < chars.count {
            if p < elements.count {
                switch elements[p] {
                case .anySequence:
                    star = p
                    mark = t
                    p += 1
                    continue
                case .any:
                    p += 1; t += 1
                    continue
                case .literal(let c) where c == chars[t]:
                    p += 1; t += 1
                    continue
                case .set(let ranges, let negated) where ranges.contains { $0.contains(chars[t]) } != negated:
                    p += 1; t += 1
                    continue
                default:
                    break
                }
            }
            if star >= 0 {
                p = star + 1
                mark += 1
                t = mark
            } else {
                return false
            }
        }
        while p < elements.count, case .anySequence = elements[p] { p += 1 }
        return p == elements.count
    }
}
