// Get-Error: the newest errors ($Error), or the error or exception piped
// in, shown in full as pwsh's GetErrorInstance view shows them: every
// property that has a value, aligned, with exceptions, error records and
// invocation information expanded beneath their property, indented by
// four, down to ten levels; names in $PSStyle.Formatting.FormatAccent and
// messages in .Error.

import ShoalRuntime

final class GetErrorCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Get-Error", synopsis: "Gets and displays the most recent error messages from the current session.",
        parameters: [
            ParameterDescriptor("InputObject", position: 0, pipeline: true,
                                help: "An error record or exception to show in detail, usually piped ($_ in a catch block); other objects are ignored."),
            ParameterDescriptor("Newest", type: "int", aliases: ["Last"],
                                help: "How many of the newest errors in $Error to show, newest first (1 by default, at least 1)."),
        ],
        parameterSets: [
            ParameterSetDescriptor("Newest", ["Newest"]),
            ParameterSetDescriptor("Error", ["InputObject"], mandatory: ["InputObject"]),
        ], defaultParameterSet: "Newest",
        description: "Shows the newest errors of the session ($Error) in detail, or the one piped to it.",
        examples: [
            HelpExample("Inspect the last error",
                        code: "try { 1 / 0 } catch { }\n(Get-Error -Newest 1).Exception.Message",
                        output: "Attempted to divide by zero.\n"),
            HelpExample("The newest errors, newest first",
                        code: "try { [int]'abc' } catch { }\ntry { Get-Item /nonexistent/shoal-help-geterror -ErrorAction Stop } catch { }\nGet-Error -Newest 2 | ForEach-Object FullyQualifiedErrorId",
                        output: "PathNotFound,Microsoft.PowerShell.Commands.GetItemCommand\nInvalidCastFromStringToInteger\n",
                        remarks: "Get-Error reads $Error, where the newest error comes first. Shown at the prompt, each error lists every property, nested ones indented, under an ErrorIndex heading."),
            HelpExample("Why a command failed, from a catch block",
                        code: "try {\n    Get-Item /nonexistent/shoal-help-geterror -ErrorAction Stop\n} catch {\n    $detail = $_ | Get-Error\n    $detail.CategoryInfo.Category\n    $detail.TargetObject\n    $detail.Exception.GetType().FullName\n}",
                        output: "ObjectNotFound\n/nonexistent/shoal-help-geterror\nSystem.Management.Automation.ItemNotFoundException\n"),
        ])

    private var shown: [Value] = []

    func process(_ context: CmdletContext) throws {
        if context.parameterSetName == "Error" {
            guard let input = context.inputObject ?? context.value("InputObject") else { return }
            switch input.unwrapped {
            case .error, .native(is ExceptionObject): shown.append(input.unwrapped)
            default: break
            }
            return
        }
        let newest = try context.integer("Newest", minimum: 1) ?? 1
        shown = Array(context.runspace.errorList.items.prefix(newest))
    }

    func end(_ context: CmdletContext) throws {
        let style = context.runspace.style
        let decorated = style.outputRendering != .plainText
        let colors = (accent: decorated ? style.formattingSequence("FormatAccent") : "",
                      error: decorated ? style.formattingSequence("Error") : "", reset: decorated ? PSStyle.reset : "")
        for (index, value) in shown.enumerated() {
            try context.write(.native(ExtendedErrorView(value, index: shown.count > 1 ? index : nil, colors: colors)))
        }
    }
}

/// An error or exception as Get-Error shows it; its properties are the error's.
final class ExtendedErrorView: CustomViewObject {
    typealias Colors = (accent: String, error: String, reset: String)
    let error: Value
    let index: Int?
    let colors: Colors

    init(_ error: Value, index: Int?, colors: Colors) {
        self.error = error
        self.index = index
        self.colors = colors
    }

    var typeName: String {
        if case .native(is ExceptionObject) = error { return "System.Exception#PSExtendedError" }
        return "System.Management.Automation.ErrorRecord#PSExtendedError"
    }
    var stringValue: String { Conversion.toString(error) }
    var propertyNames: [String] { ExtendedErrorView.properties(of: error).map(\.name) + (index == nil ? [] : ["PSErrorIndex"]) }

    func property(_ name: String) -> Value? {
        if name.lowercased() == "pserrorindex" { return index.map(Value.int) }
        return ExtendedErrorView.properties(of: error).first { $0.name.lowercased() == name.lowercased() }?.value
    }

    var customViewText: String {
        let body = render(error, indent: 0, depth: 1)
        guard let index else { return body }
        // pwsh's GroupBy PSErrorIndex: a blank line between errors, then the index.
        return (index > 0 ? "\n" : "") + "   ErrorIndex: \(index)\n\n" + body
    }

    /// The properties shown, in pwsh's order; an exception's type comes first.
    static func properties(of value: Value) -> [(name: String, value: Value)] {
        switch value {
        case .error(let record):
            var names = record.propertyNames
            if record.detailsMessage != nil, let at = names.firstIndex(of: "FullyQualifiedErrorId") { names.insert("ErrorDetails", at: at + 1) }
            return names.map { ($0, record.property($0) ?? .null) }
        case .native(let exception as ExceptionObject):
            return [("Type", .string(exception.typeName))] + exception.propertyNames.map { ($0, exception.property($0) ?? .null) }
        case .native(let native):
            return native.propertyNames.map { ($0, native.property($0) ?? .null) }
        case .object(let object):
            return object.properties.values.map { ($0.name, $0.value) }
        default:
            return []
        }
    }

    /// A value worth a line: not null, not empty (as text, for what is not expanded).
    static func isShown(_ value: Value) -> Bool {
        switch value {
        case .null: return false
        case .string(let text): return !text.isEmpty
        case .native(let native) where !expands(value): return !native.stringValue.isEmpty
        case .array(let array): return !array.items.isEmpty
        case .hashtable(let table): return table.count > 0
        default: return true
        }
    }

    static func expands(_ value: Value) -> Bool {
        switch value {
        case .error, .native(is ExceptionObject), .native(is InvocationInfo): return true
        case .object(let object): return object.typeNames.first == "System.Management.Automation.ErrorDetails"
        default: return false
        }
    }

    func render(_ value: Value, indent: Int, depth: Int) -> String {
        let shown = ExtendedErrorView.properties(of: value).filter { ExtendedErrorView.isShown($0.value) }
        let width = shown.map(\.name.count).max() ?? 0
        let prefix = String(repeating: " ", count: indent)
        var lines: [String] = []
        for (name, property) in shown {
            let padding = String(repeating: " ", count: width - name.count)
            var line = prefix + colors.accent + name + padding + " : " + colors.reset
            if ExtendedErrorView.expands(property) {
                line += depth >= 10 ? "…" : "\n" + render(property, indent: indent + 4, depth: depth + 1)
            } else if case .hashtable(let table) = property {
                for (key, item) in table.entries {
                    line += "\n\(prefix)    \(colors.accent)\(Conversion.toString(key)) : \(colors.reset)\(Conversion.toString(item))"
                }
            } else if case .array(let array) = property, name != "Data" {
                line += depth >= 10 ? "…" : array.items.map { "\n" + render($0, indent: indent + 4, depth: depth + 1) }.joined(separator: "\n")
            } else {
                var text = Conversion.toString(property)
                if name == "Message" { text = colors.error + text }
                if name == "PositionMessage", let tilde = text.firstIndex(where: { $0 == "~" || $0 == "^" }) {
                    text.insert(contentsOf: colors.error, at: tilde)
                }
                let valueIndent = String(repeating: " ", count: width + 3)
                let parts = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                line += parts.first ?? ""
                // Continuation lines under the value; only trailing blanks go, since
                // shoal's position message aligns its caret line with spaces.
                for part in parts.dropFirst() { line += "\n" + prefix + valueIndent + String(part.reversed().drop { $0 == " " }.reversed()) }
            }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
