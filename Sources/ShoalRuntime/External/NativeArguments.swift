// The argument vector of an external program, built as pwsh 7.4 builds it
// on Linux (NativeCommandParameterBinder). Under the default
// `$PSNativeCommandArgumentPassing = 'Standard'` each argument is one argv
// entry, passed as is: no quoting, no splitting. What the source said
// matters as much as the values: an array literal passes its text split
// at spaces (`1,2` is `1,2`), a number literal its text (`0x10`), `-F: x`
// two entries and `-F:x` one; unquoted arguments with wildcards are
// expanded against the file system and `~` is the home directory.
// `Legacy` joins everything into one command line and splits it again with
// the Windows C runtime's rules; `Windows` does that only for the few
// programs that need it (cmd, find, ... and .bat files).

import Glibc
import ShoalSyntax

/// `$PSNativeCommandArgumentPassing`.
public enum NativeArgumentPassing: String, CaseIterable, Sendable {
    case legacy = "Legacy", standard = "Standard", windows = "Windows"

    /// The style a variable's value names (a name in any case, or 0-2).
    public init?(_ value: Value) {
        if case .int(let number) = value {
            guard number >= 0, number < NativeArgumentPassing.allCases.count else { return nil }
            self = NativeArgumentPassing.allCases[number]
            return
        }
        let name = Conversion.toString(value).lowercased()
        guard let style = NativeArgumentPassing.allCases.first(where: { $0.rawValue.lowercased() == name }) else { return nil }
        self = style
    }

    static let typeName = "System.Management.Automation.NativeArgumentPassingStyle"
}

extension NativeArgumentPassing {
    /// Splits a command line into arguments as .NET does on Unix (the
    /// Windows C runtime's rules); Start-Process's -ArgumentList uses it.
    public static func splitCommandLine(_ line: String) -> [String] { NativeArgumentBuilder.splitCommandLine(line) }
}

extension Runspace {
    /// The argument passing style in effect: a missing variable means
    /// Standard; a value that names no style means Legacy, as in pwsh.
    var nativeArgumentPassing: NativeArgumentPassing {
        guard let value = variable("PSNativeCommandArgumentPassing") else { return .standard }
        return NativeArgumentPassing(value) ?? .legacy
    }

    /// The argv (after argv[0]) for `program` called with `arguments`.
    func nativeArguments(_ arguments: [CommandArgumentNode], program: String) throws -> [String] {
        var style = nativeArgumentPassing
        if style == .windows { style = NativeArgumentBuilder.needsCommandLine(program) ? .legacy : .standard }
        var builder = NativeArgumentBuilder(runspace: self, legacy: style == .legacy)
        for argument in arguments { try builder.add(argument) }
        return builder.finish()
    }
}

/// Collects argv entries (Standard) or one command line (Legacy).
struct NativeArgumentBuilder {
    let runspace: Runspace
    let legacy: Bool
    private var list: [String] = []
    private var commandLine = ""
    /// After a `--%` that came from a value rather than the source.
    private var verbatim = false

    init(runspace: Runspace, legacy: Bool) {
        self.runspace = runspace
        self.legacy = legacy
    }

    /// A parameter's text as pwsh keeps it: `-F:` (with the colon) when a
    /// value was attached, and whether blanks separated the two.
    struct ParameterText {
        let text: String
        let spaceAfter: Bool
    }

    mutating func add(_ argument: CommandArgumentNode) throws {
        switch argument {
        case .parameter(_, nil, let span):
            addGlobbed(span.text, parameter: nil, quoted: false)
        case .parameter(_, let value?, let span):
            let between = span.file.slice(span.start, value.span.start)
            let text = between.trimmingTrailingBlanks()
            try addValue(of: value, parameter: ParameterText(text: text, spaceAfter: text.count < between.count))
        case .value(let expression):
            if case .splat(let reference) = expression.kind {
                try addSplat(runspace.readVariable(reference, span: expression.span))
            } else {
                try addValue(of: expression, parameter: nil)
            }
        case .verbatim(let text, _):
            addVerbatim(text)
        }
    }

    func finish() -> [String] {
        legacy ? NativeArgumentBuilder.splitCommandLine(commandLine) : list
    }

    // MARK: - Values

    private mutating func addValue(of expression: ExpressionNode, parameter: ParameterText?) throws {
        switch expression.kind {
        case .arrayLiteral(let elements):
            if legacy {
                try addLegacyArrayLiteral(elements, parameter: parameter)
            } else {
                // pwsh passes an array literal's source text, split at spaces.
                for piece in expression.span.text.split(separator: " ", omittingEmptySubsequences: true) {
                    addGlobbed(String(piece), parameter: parameter, quoted: false)
                }
            }
            return
        case .integer, .double:
            addGlobbed(expression.span.text, parameter: parameter, quoted: false)
            return
        default:
            break
        }
        let quoted = NativeArgumentBuilder.isQuoted(expression)
        addItems(try runspace.evaluate(expression), parameter: parameter, quoted: quoted)
    }

    /// One entry per element of a collection, none for `$null`, an empty
    /// entry for an empty string.
    private mutating func addItems(_ value: Value, parameter: ParameterText?, quoted: Bool) {
        for item in NativeArgumentBuilder.elements(of: value) {
            if item.isNull { continue }
            addGlobbed(Conversion.toString(item), parameter: parameter, quoted: quoted)
        }
    }

    /// `@table`: `-key:value` for each entry; `@array`: each element.
    private mutating func addSplat(_ value: Value) throws {
        guard case .hashtable(let table) = value else {
            addItems(value, parameter: nil, quoted: false)
            return
        }
        for (key, item) in table.entries {
            let name = Conversion.toString(key)
            let text = name.hasSuffix(":") ? "-" + name : "-" + name + ":"
            addItems(item, parameter: ParameterText(text: text, spaceAfter: false), quoted: false)
        }
    }

    private mutating func addVerbatim(_ text: String) {
        let expanded = NativeArgumentBuilder.expandPercentVariables(text)
        if legacy {
            appendToCommandLine(expanded, quote: false)
        } else {
            list += expanded.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        }
    }

    /// Expands wildcards and `~` in an unquoted argument, then adds it.
    private mutating func addGlobbed(_ argument: String, parameter: ParameterText?, quoted: Bool) {
        if argument.lowercased() == "--%" {
            verbatim = true
            return
        }
        if verbatim {
            addVerbatim(argument)
            return
        }
        if !quoted, let matches = NativeGlob.expand(argument, location: runspace.location, home: runspace.homeDirectory) {
            for match in matches { addOne(match, parameter: parameter) }
            return
        }
        addOne(argument, parameter: parameter)
    }

    private mutating func addOne(_ argument: String, parameter: ParameterText?) {
        if legacy {
            var item = ""
            if let parameter { item = parameter.text + (parameter.spaceAfter ? " " : "") }
            if !argument.isEmpty { item += NativeArgumentBuilder.quotedIfNeeded(argument) }
            appendToCommandLine(item, quote: false)
            return
        }
        guard let parameter else {
            list.append(argument)
            return
        }
        if parameter.spaceAfter {
            list.append(parameter.text)
            list.append(argument)
        } else {
            list.append(parameter.text + argument)
        }
    }

    // MARK: - Legacy command line

    private mutating func appendToCommandLine(_ text: String, quote: Bool) {
        guard !text.isEmpty else { return }
        if !commandLine.isEmpty { commandLine += " " }
        commandLine += quote ? NativeArgumentBuilder.quotedIfNeeded(text) : text
    }

    /// An array literal keeps the commas (and the blanks around them) of the source.
    private mutating func addLegacyArrayLiteral(_ elements: [ExpressionNode], parameter: ParameterText?) throws {
        var text = parameter.map { $0.text + ($0.spaceAfter ? " " : "") } ?? ""
        for (index, element) in elements.enumerated() {
            if index > 0 {
                let previous = elements[index - 1].span
                text += previous.file.slice(previous.end, element.span.start)
            }
            let value = try runspace.evaluate(element)
            text += NativeArgumentBuilder.quotedIfNeeded(Conversion.toString(value))
        }
        appendToCommandLine(text, quote: false)
    }

    /// Wraps text in double quotes when it has blanks outside quotes
    /// (a quote after a backslash does not count),
    /// doubling trailing backslashes so the closing quote stays one.
    static func quotedIfNeeded(_ text: String) -> String {
        var inQuotes = false
        var needsQuotes = false
        var afterBackslash = false
        for c in text {
            if c == "\"", !afterBackslash {
                inQuotes.toggle()
            } else if !inQuotes, c.isWhitespace {
                needsQuotes = true
                break
            }
            afterBackslash = c == "\\"
        }
        guard needsQuotes else { return text }
        var trailingBackslashes = 0
        for c in text.reversed() { if c == "\\" { trailingBackslashes += 1 } else { break } }
        return "\"" + text + String(repeating: "\\", count: trailingBackslashes) + "\""
    }

    /// Splits a command line as the Windows C runtime (and .NET on Unix) does:
    /// blanks separate, quotes group, `""` inside quotes is a quote, and
    /// backslashes escape only before a quote.
    static func splitCommandLine(_ line: String) -> [String] {
        var result: [String] = []
        var current = ""
        var started = false
        var inQuotes = false
        let chars = Array(line)
        var index = 0
        while index < chars.count {
            let c = chars[index]
            if c == "\\" {
                var count = 0
                while index < chars.count, chars[index] == "\\" { count += 1; index += 1 }
                if index < chars.count, chars[index] == "\"" {
                    current += String(repeating: "\\", count: count / 2)
                    if count % 2 == 1 {
                        current.append("\"")
                        index += 1
                    }
                } else {
                    current += String(repeating: "\\", count: count)
                }
                started = true
                continue
            }
            if c == "\"" {
                if inQuotes, index + 1 < chars.count, chars[index + 1] == "\"" {
                    current.append("\"")
                    index += 2
                    continue
                }
                inQuotes.toggle()
                started = true
            } else if !inQuotes, c == " " || c == "\t" {
                if started { result.append(current) }
                current = ""
                started = false
            } else {
                current.append(c)
                started = true
            }
            index += 1
        }
        if started { result.append(current) }
        return result
    }

    // MARK: - Helpers

    /// Programs that parse their own command line, for the Windows style.
    static func needsCommandLine(_ program: String) -> Bool {
        let name = program.split(separator: "/").last.map(String.init)?.lowercased() ?? ""
        for suffix in [".js", ".wsf", ".cmd", ".bat", ".vbs"] where name.hasSuffix(suffix) { return true }
        let base = name.split(separator: ".").first.map(String.init) ?? name
        return ["cmd", "cscript", "find", "sqlcmd", "wscript"].contains(base)
    }

    /// A string literal written with quotes is never globbed.
    static func isQuoted(_ expression: ExpressionNode) -> Bool {
        switch expression.kind {
        case .string, .expandableString:
            guard let first = expression.span.text.unicodeScalars.first else { return false }
            return first == "'" || first == "\"" || first == "\u{2018}" || first == "\u{2019}"
                || first == "\u{201C}" || first == "\u{201D}" || first == "@"
        default:
            return false
        }
    }

    /// What pwsh enumerates: arrays and lists, not strings or tables.
    static func elements(of value: Value) -> [Value] {
        switch value {
        case .array, .native(is EnumerableObject): return value.enumeratedItems
        default: return [value]
        }
    }

    /// `%NAME%` replaced by the environment variable, when it is set.
    static func expandPercentVariables(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "%") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: "%") else {
                rest = rest[open...]
                break
            }
            let name = String(rest[afterOpen..<close])
            if !name.isEmpty, let value = getenv(name) {
                result += String(cString: value)
                rest = rest[rest.index(after: close)...]
            } else {
                result += "%" + name
                rest = rest[close...]
            }
        }
        return result + rest
    }
}

extension String {
    func trimmingTrailingBlanks() -> String {
        var scalars = Substring(self)
        while let last = scalars.last, last == " " || last == "\t" || last == "\n" || last == "\r" || last == "`" { scalars.removeLast() }
        return String(scalars)
    }
}
