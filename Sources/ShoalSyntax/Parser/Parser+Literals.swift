// Literal values: hashtable literals `@{ k = v }` and number literals
// (hex, exponents, `kb`/`mb`/`gb` multipliers, `l` and `d` suffixes).

extension Parser {
    mutating func parseHashtable() throws(ParseError) -> Expression {
        let start = position
        position += 2
        var entries: [HashEntry] = []
        var constantKeys: Set<String> = []
        let saved = commaAllowed
        commaAllowed = true
        defer { commaAllowed = saved }
        while true {
            skipTrivia(newlines: true)
            while peek() == ";" { position += 1; skipTrivia(newlines: true) }
            guard let c = peek() else {
                throw ParseError("Missing closing '}' in hash literal.", id: "MissingEndCurlyBrace",
                                 span: span(start, start + 2), incomplete: true)
            }
            if c == "}" { position += 1; break }
            let keyStart = position
            let key: Expression
            if c == "'" || c == "\"" || c == "$" || c == "(" {
                key = try parseUnary()
            } else if let (kind, end) = scanNumber(commandMode: false) {
                position = end
                key = Expression(kind, span(keyStart))
            } else if isIdentifierStart(c) {
                var word = String.UnicodeScalarView()
                while let d = peek(), isIdentifierChar(d) || d == "-" || d == "." {
                    word.append(d)
                    position += 1
                }
                key = Expression(.string(String(word)), span(keyStart))
            } else {
                throw unexpectedToken()
            }
            // A constant key given twice is pwsh's parse error (a computed
            // one is found when the literal is evaluated).
            let constantKey: String?
            switch key.kind {
            case .string(let text): constantKey = text
            case .integer(let number): constantKey = "\(number)"
            default: constantKey = nil
            }
            if let constantKey, !constantKeys.insert(constantKey.lowercased()).inserted {
                throw ParseError("Duplicate keys '\(constantKey)' are not allowed in hash literals.",
                                 id: "DuplicateKeyInHashLiteral", span: span(keyStart))
            }
            skipTrivia(newlines: false)
            guard peek() == "=" else {
                throw error("Missing '=' operator after key in hash literal.", id: "MissingEqualsInHashLiteral")
            }
            position += 1
            skipTrivia(newlines: true)
            if atValueEnd() {
                throw error("Missing statement after '=' in hash literal.", id: "MissingStatementInHashLiteral")
            }
            let value = try parseStatement()
            entries.append(HashEntry(key: key, value: value))
            skipTrivia(newlines: false)
            guard let next = peek(), next == "\n" || next == "\r" || next == ";" || next == "}" else {
                if position >= chars.count { continue }
                throw unexpectedToken()
            }
        }
        return Expression(.hashtable(entries, ordered: false), span(start))
    }

    /// Scans a number literal here without consuming it. In command mode the
    /// number must end where a bareword would.
    func scanNumber(commandMode: Bool) -> (ExpressionKind, Int)? {
        var index = position
        func at(_ i: Int) -> Unicode.Scalar? { i < chars.count ? chars[i] : nil }
        func isHexDigit(_ c: Unicode.Scalar) -> Bool {
            isDigit(c) || (c >= "a" && c <= "f") || (c >= "A" && c <= "F")
        }
        var isDouble = false
        var text = String.UnicodeScalarView()
        var hexValue: Int?
        if at(index) == "0", let x = at(index + 1), x == "x" || x == "X", let h = at(index + 2), isHexDigit(h) {
            index += 2
            var value = 0
            while let d = at(index), isHexDigit(d) {
                let digit = Int(d.properties.numericType != nil ? d.value - 48 : (d.value | 32) - 87)
                let (product, overflow) = value.multipliedReportingOverflow(by: 16)
                if overflow { return nil }
                value = product + digit
                index += 1
            }
            hexValue = value
        } else {
            while let d = at(index), isDigit(d) { text.append(d); index += 1 }
            if at(index) == ".", let d = at(index + 1), isDigit(d) {
                isDouble = true
                text.append(".")
                index += 1
                while let d = at(index), isDigit(d) { text.append(d); index += 1 }
            } else if !text.isEmpty, at(index) == ".", !commandMode,
                      at(index + 1).map({ $0 == "." || isIdentifierStart($0) }) != true {
                // `20.` is the double 20 (not `1..5`, nor `20.ToString()`).
                isDouble = true
                index += 1
            }
            if text.isEmpty { return nil }
            if let e = at(index), e == "e" || e == "E" {
                var j = index + 1
                var exponent = String.UnicodeScalarView(["e"])
                if let sign = at(j), sign == "+" || sign == "-" { exponent.append(sign); j += 1 }
                if let d = at(j), isDigit(d) {
                    while let d = at(j), isDigit(d) { exponent.append(d); j += 1 }
                    text.append(contentsOf: exponent)
                    isDouble = true
                    index = j
                }
            }
        }
        var multiplier = 1
        // pwsh's type suffixes: the literal is then a conversion of its digits to that type.
        var suffixType: String?
        if let s = at(index) {
            let lower = Character(s).lowercased()
            let second = at(index + 1).map { Character($0).lowercased() }
            if lower == "u", let second, ["l", "s", "y"].contains(second) {
                suffixType = ["l": "ulong", "s": "ushort", "y": "byte"][second]
                index += 2
            } else if let type = ["l": "long", "n": "bigint", "u": "uint", "s": "short", "y": "sbyte", "d": "decimal"][lower] {
                suffixType = type
                index += 1
            }
            if let k = at(index), let b = at(index + 1), Character(b).lowercased() == "b" {
                switch Character(k).lowercased() {
                case "k": multiplier = 1 << 10; index += 2
                case "m": multiplier = 1 << 20; index += 2
                case "g": multiplier = 1 << 30; index += 2
                case "t": multiplier = 1 << 40; index += 2
                case "p": multiplier = 1 << 50; index += 2
                default: break
                }
            }
        }
        if let next = at(index) {
            if commandMode {
                if !endsGenericToken(next) { return nil }
            } else if isIdentifierChar(next) || (next == "." && at(index + 1).map(isIdentifierStart) == true) {
                return nil
            }
        }
        if let suffixType {
            // The digits as written, so 0.1d is exactly 0.1 and a long 7n keeps every digit.
            var digits = hexValue.map(String.init) ?? String(text)
            if multiplier != 1 {
                if let whole = Int(digits), case (let product, false) = whole.multipliedReportingOverflow(by: multiplier) {
                    digits = String(product)
                } else if let real = Double(digits) {
                    digits = String(real * Double(multiplier))
                }
            }
            let literalSpan = span(position, index)
            return (.convert(TypeName(name: suffixType, span: literalSpan), Expression(.string(digits), literalSpan)), index)
        }
        if let hexValue {
            let (value, overflow) = hexValue.multipliedReportingOverflow(by: multiplier)
            return overflow ? (.double(Double(hexValue) * Double(multiplier)), index) : (.integer(value), index)
        }
        let string = String(text)
        if !isDouble, let value = Int(string) {
            let (product, overflow) = value.multipliedReportingOverflow(by: multiplier)
            if !overflow { return (.integer(product), index) }
        }
        // pwsh's literal types: Int32, Int64, then Decimal for whole numbers too long for a long.
        if !isDouble, multiplier == 1, string.count <= 28 {
            let literalSpan = span(position, index)
            return (.convert(TypeName(name: "decimal", span: literalSpan), Expression(.string(string), literalSpan)), index)
        }
        guard let value = Double(string) else { return nil }
        return (.double(value * Double(multiplier)), index)
    }
}
