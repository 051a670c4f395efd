// $PSStyle: the ANSI escape sequences the formatter decorates with, and
// whether it decorates at all ($PSStyle.OutputRendering). One per session,
// as pwsh has one per process: the main runspace and its thread jobs and
// pools share it, so a script that sets OutputRendering changes what its
// jobs' output looks like too. A process job's worker has its own.

import ShoalSyntax
import Synchronization

/// `[System.Management.Automation.OutputRendering]`: whether escape
/// sequences reach the output.
public enum OutputRendering: Int, Sendable {
    /// Decorate only what goes to a terminal; strip them from redirected output.
    case host = 0
    case plainText = 1
    case ansi = 2

    static let enumType = EnumType.named("System.Management.Automation.OutputRendering")!
}

/// `$PSStyle` (`System.Management.Automation.PSStyle`).
public final class PSStyle: SettableObject, TabledObject, Sendable {
    struct State {
        var formatting: [String: String] = FormattingData.defaults
        var progressStyle = "\u{1B}[33;1m"
        var progressMaxWidth = 120
        var progressView = 0
        var progressUsesOSC = false
        var fileInfo: [String: String] = FileInfoFormatting.defaults
        var extensions: [(key: String, decoration: String)] = FileExtensionDictionary.defaults
    }

    let state = ThreadLock(State())
    /// Read for every object Out-Default prints: an atomic, not the lock.
    private let rendering: Atomic<Int>
    let formatting: FormattingData
    let progress: ProgressConfiguration
    let fileInfo: FileInfoFormatting
    let foreground = ColorSet(background: false)
    let background = ColorSet(background: true)

    /// A style rendering as `rendering`.
    public init(rendering: OutputRendering = .host) {
        self.rendering = Atomic(rendering.rawValue)
        formatting = FormattingData(state)
        progress = ProgressConfiguration(state)
        fileInfo = FileInfoFormatting(state)
    }

    /// The style a shell starts with: plain text under `NO_COLOR` (any
    /// non-empty value, as no-color.org says) or `TERM=xterm-mono`, as pwsh's
    /// console host decides.
    public static func fromEnvironment() -> PSStyle {
        let noColor = ProcessEnvironment.get("NO_COLOR").map { !$0.isEmpty } ?? false
        let monochrome = ["xterm-mono", "xtermm"].contains(ProcessEnvironment.get("TERM") ?? "")
        return PSStyle(rendering: noColor || monochrome ? .plainText : .host)
    }

    public var outputRendering: OutputRendering {
        get { OutputRendering(rawValue: rendering.load(ordering: .relaxed)) ?? .host }
        set { rendering.store(newValue.rawValue, ordering: .relaxed) }
    }

    /// Whether text for a destination is decorated: always with Ansi, never
    /// with PlainText, and with Host only when it goes to a terminal
    /// (`toTerminal`) that understands escape sequences (TERM is not dumb).
    public func decorates(toTerminal: Bool) -> Bool {
        switch outputRendering {
        case .ansi: return true
        case .plainText: return false
        case .host: return toTerminal && ProcessEnvironment.get("TERM") != "dumb"
        }
    }

    /// The sequences tables and lists decorate with, or none.
    public func textStyle(decorated: Bool) -> TextStyle {
        guard decorated else { return .plain }
        let state = self.state.withLock { $0 }
        let files = FileDecorations(
            directory: state.fileInfo["Directory"] ?? "", symbolicLink: state.fileInfo["SymbolicLink"] ?? "",
            executable: state.fileInfo["Executable"] ?? "",
            extensions: Dictionary(state.extensions.map { ($0.key.lowercased(), $0.decoration) }, uniquingKeysWith: { first, _ in first }))
        return TextStyle(tableHeader: state.formatting["TableHeader"] ?? "", listLabel: state.formatting["FormatAccent"] ?? "",
                         reset: PSStyle.reset, fileInfo: files)
    }

    /// `$PSStyle.Progress.Style` and `.MaxWidth`.
    var progressStyle: String { state.withLock { $0.progressStyle } }
    var progressMaxWidth: Int { state.withLock { $0.progressMaxWidth } }

    /// One of `$PSStyle.Formatting`'s sequences (`Error`, `Warning`, ...).
    public func formattingSequence(_ name: String) -> String {
        state.withLock { $0.formatting[name] ?? "" }
    }

    /// `$PSStyle.Reset` and `$PSStyle.Reverse`, which never change.
    public static let reset = "\u{1B}[0m"
    public static let reverse = "\u{1B}[7m"
    static let textAttributes: [(name: String, sequence: String)] = [
        ("Reset", reset), ("BlinkOff", "\u{1B}[25m"), ("Blink", "\u{1B}[5m"), ("BoldOff", "\u{1B}[22m"), ("Bold", "\u{1B}[1m"),
        ("DimOff", "\u{1B}[22m"), ("Dim", "\u{1B}[2m"), ("Hidden", "\u{1B}[8m"), ("HiddenOff", "\u{1B}[28m"),
        ("Reverse", reverse), ("ReverseOff", "\u{1B}[27m"), ("ItalicOff", "\u{1B}[23m"), ("Italic", "\u{1B}[3m"),
        ("UnderlineOff", "\u{1B}[24m"), ("Underline", "\u{1B}[4m"), ("StrikethroughOff", "\u{1B}[29m"),
        ("Strikethrough", "\u{1B}[9m"),
    ]

    /// `[ConsoleColor]` names in value order, and their foreground SGR codes.
    /// A literal: Write-Host's descriptor reads it at start-up, before any
    /// enumeration is needed (building EnumType's table costs 2M instructions).
    public static let consoleColors = ["Black", "DarkBlue", "DarkGreen", "DarkCyan", "DarkRed", "DarkMagenta", "DarkYellow",
                                       "Gray", "DarkGray", "Blue", "Green", "Cyan", "Red", "Magenta", "Yellow", "White"]
    private static let consoleColorCodes = [30, 34, 32, 36, 31, 35, 33, 37, 90, 94, 92, 96, 91, 95, 93, 97]

    /// The sequence for a `[ConsoleColor]` (by name or number), as pwsh's
    /// MapForegroundColorToEscapeSequence; nil for no such colour.
    public static func sequence(forConsoleColor color: Value, background: Bool) -> String? {
        guard let value = EnumType.named("System.ConsoleColor")?.convert(color),
              consoleColorCodes.indices.contains(value.rawValue) else { return nil }
        return "\u{1B}[\(consoleColorCodes[value.rawValue] + (background ? 10 : 0))m"
    }

    public var typeName: String { "System.Management.Automation.PSStyle" }
    public var stringValue: String { typeName }


    public func setProperty(_ name: String, _ value: Value, span: SourceSpan) throws {
        guard name.lowercased() == "outputrendering" else { throw PSStyle.readOnly(name, span) }
        let member = try OutputRendering.enumType.convert(value, settingProperty: "OutputRendering", at: span)
        outputRendering = OutputRendering(rawValue: member.rawValue) ?? .host
    }

    public static let members = MemberTable<PSStyle>(
        methods: [
            MethodMember("FormatHyperlink", ["string FormatHyperlink(string text, uri link)"]) { _, call in
                .string("\u{1B}]8;;\(call.string(1))\u{1B}\\\(call.string(0))\u{1B}]8;;\u{1B}\\")
            },
        ],
        properties: textAttributes.map { attribute in
            PropertyMember<PSStyle>(attribute.name, "string \(attribute.name) {get;}") { _ in .string(attribute.sequence) }
        } + [
            PropertyMember("OutputRendering", "System.Management.Automation.OutputRendering OutputRendering {get;set;}") {
                .native(EnumValue(OutputRendering.enumType, $0.outputRendering.rawValue))
            },
            PropertyMember("Formatting", "System.Management.Automation.PSStyle+FormattingData Formatting {get;}") { .native($0.formatting) },
            PropertyMember("Progress", "System.Management.Automation.PSStyle+ProgressConfiguration Progress {get;}") { .native($0.progress) },
            PropertyMember("FileInfo", "System.Management.Automation.PSStyle+FileInfoFormatting FileInfo {get;}") { .native($0.fileInfo) },
            PropertyMember("Foreground", "System.Management.Automation.PSStyle+ForegroundColor Foreground {get;}") { .native($0.foreground) },
            PropertyMember("Background", "System.Management.Automation.PSStyle+BackgroundColor Background {get;}") { .native($0.background) },
        ])

    /// pwsh's ValidateNoContent: a style may hold escape sequences and nothing printable.
    static func validatedSequence(_ name: String, _ value: Value, span: SourceSpan) throws -> String {
        guard !value.isNull else {
            throw ScriptError.settingFailed(name, "Value cannot be null. (Parameter 'text')", at: span)
        }
        let text = Conversion.toString(value)
        let content = TerminalText.plain(text)
        guard content.isEmpty else {
            throw ScriptError.settingFailed(name, "The specified string contains printable content when it should only contain ANSI escape sequences: \(content)", at: span)
        }
        return text
    }

    static func readOnly(_ name: String, _ span: SourceSpan) -> ScriptError {
        ScriptError.runtime("'\(name)' is a ReadOnly property.", id: "PropertyAssignmentException", at: span)
    }
}

/// A part of `$PSStyle` whose string properties are named sequences kept
/// in the style's state: Formatting, FileInfo.
protocol PSStyleSequences: SettableObject, DescribedMembers, Sendable {
    static var names: [String] { get }
    static var shortTypeName: String { get }
    var state: ThreadLock<PSStyle.State> { get }
    var sequences: WritableKeyPath<PSStyle.State, [String: String]> { get }
}

extension PSStyleSequences {
    var typeName: String { "System.Management.Automation.PSStyle+\(Self.shortTypeName)" }
    var stringValue: String { typeName }
    var propertyNames: [String] { Self.names }
    var memberListing: [(name: String, kind: String, definition: String)] {
        Self.names.map { ($0, "Property", "string \($0) {get;set;}") }
    }

    func property(_ name: String) -> Value? {
        guard let canonical = Self.names.first(where: { $0.lowercased() == name.lowercased() }) else { return nil }
        return state.withLock { $0[keyPath: sequences][canonical] }.map(Value.string)
    }

    func setProperty(_ name: String, _ value: Value, span: SourceSpan) throws {
        guard let canonical = Self.names.first(where: { $0.lowercased() == name.lowercased() }) else {
            throw PSStyle.readOnly(name, span)
        }
        let sequence = try PSStyle.validatedSequence(canonical, value, span: span)
        state.withLock { $0[keyPath: sequences][canonical] = sequence }
    }
}

/// `$PSStyle.Formatting`: how tables, lists, errors and warnings are decorated.
final class FormattingData: PSStyleSequences {
    static let names = ["FormatAccent", "TableHeader", "CustomTableHeaderLabel", "ErrorAccent", "Error", "Warning",
                        "Verbose", "Debug", "FeedbackName", "FeedbackText", "FeedbackAction"]
    static let shortTypeName = "FormattingData"
    static let defaults: [String: String] = [
        "FormatAccent": "\u{1B}[32;1m", "TableHeader": "\u{1B}[32;1m", "CustomTableHeaderLabel": "\u{1B}[32;1;3m",
        "ErrorAccent": "\u{1B}[36;1m", "Error": "\u{1B}[31;1m", "Warning": "\u{1B}[33;1m", "Verbose": "\u{1B}[33;1m",
        "Debug": "\u{1B}[33;1m", "FeedbackName": "\u{1B}[33m", "FeedbackText": "\u{1B}[96m", "FeedbackAction": "\u{1B}[97m",
    ]
    let state: ThreadLock<PSStyle.State>
    var sequences: WritableKeyPath<PSStyle.State, [String: String]> { \.formatting }
    init(_ state: ThreadLock<PSStyle.State>) { self.state = state }
}

/// `$PSStyle.FileInfo`: how Get-ChildItem decorates names.
final class FileInfoFormatting: PSStyleSequences {
    static let names = ["Directory", "SymbolicLink", "Executable"]
    static let shortTypeName = "FileInfoFormatting"
    static let defaults: [String: String] = [
        "Directory": "\u{1B}[44;1m", "SymbolicLink": "\u{1B}[36;1m", "Executable": "\u{1B}[32;1m",
    ]
    let state: ThreadLock<PSStyle.State>
    var sequences: WritableKeyPath<PSStyle.State, [String: String]> { \.fileInfo }
    let extensions: FileExtensionDictionary
    init(_ state: ThreadLock<PSStyle.State>) {
        self.state = state
        extensions = FileExtensionDictionary(state)
    }

    var propertyNames: [String] { Self.names + ["Extension"] }
    var memberListing: [(name: String, kind: String, definition: String)] {
        Self.names.map { ($0, "Property", "string \($0) {get;set;}") }
            + [("Extension", "Property", "System.Management.Automation.PSStyle+FileInfoFormatting+FileExtensionDictionary Extension {get;}")]
    }

    func property(_ name: String) -> Value? {
        if name.lowercased() == "extension" { return .native(extensions) }
        guard let canonical = Self.names.first(where: { $0.lowercased() == name.lowercased() }) else { return nil }
        return state.withLock { $0.fileInfo[canonical] }.map(Value.string)
    }
}

/// `$PSStyle.FileInfo.Extension`: a decoration per file extension.
public final class FileExtensionDictionary: KeyIndexedObject, TabledObject, Sendable {
    static let archive = "\u{1B}[31;1m"
    static let script = "\u{1B}[33;1m"
    static let defaults: [(key: String, decoration: String)] =
        [".zip", ".tgz", ".gz", ".tar", ".nupkg", ".cab", ".7z"].map { ($0, archive) }
        + [".ps1", ".psd1", ".psm1", ".ps1xml"].map { ($0, script) }
    let state: ThreadLock<PSStyle.State>
    init(_ state: ThreadLock<PSStyle.State>) { self.state = state }

    public var typeName: String { "System.Management.Automation.PSStyle+FileInfoFormatting+FileExtensionDictionary" }
    public var stringValue: String { typeName }
    public var propertyNames: [String] { ["Keys"] }

    var entries: [(key: String, decoration: String)] { state.withLock { $0.extensions } }


    public func item(_ key: Value) -> Value {
        let folded = Conversion.toString(key).lowercased()
        return entries.first { $0.key.lowercased() == folded }.map { .string($0.decoration) } ?? .null
    }


    private func extensionArgument(_ call: MethodCall) throws -> String {
        let key = call.string(0)
        guard key.hasPrefix(".") else {
            throw call.failure("When adding or removing extensions, the extension must start with a period.", id: "ArgumentException")
        }
        return key
    }

    public static let members = MemberTable<FileExtensionDictionary>(
        methods: [
            MethodMember("Add", ["void Add(string extension, string decoration)"]) { dictionary, call in
                let key = try dictionary.extensionArgument(call)
                let decoration = call.string(1)
                let content = TerminalText.plain(decoration)
                guard content.isEmpty else {
                    throw call.failure("The specified string contains printable content when it should only contain ANSI escape sequences: \(content)",
                                       id: "ArgumentException")
                }
                try dictionary.state.withLock { state in
                    guard !state.extensions.contains(where: { $0.key.lowercased() == key.lowercased() }) else {
                        throw call.failure("An item with the same key has already been added. Key: \(key)", id: "ArgumentException")
                    }
                    state.extensions.append((key, decoration))
                }
                return VoidResult.value
            },
            MethodMember("Remove", ["void Remove(string extension)"]) { dictionary, call in
                let key = try dictionary.extensionArgument(call).lowercased()
                dictionary.state.withLock { $0.extensions.removeAll { $0.key.lowercased() == key } }
                return VoidResult.value
            },
            MethodMember("Clear", ["void Clear()"]) { dictionary, _ in
                dictionary.state.withLock { $0.extensions.removeAll() }
                return VoidResult.value
            },
            MethodMember("ContainsKey", ["bool ContainsKey(string extension)"]) { dictionary, call in
                .bool(!dictionary.item(.string(call.string(0))).isNull)
            },
        ],
        properties: [
            PropertyMember("Keys", "System.Collections.Generic.IEnumerable[string] Keys {get;}") { dictionary in
                .list(dictionary.entries.map { .string($0.key) })
            },
        ])
}

/// `$PSStyle.Progress`: how Write-Progress draws its bar.
public final class ProgressConfiguration: SettableObject, DescribedMembers, Sendable {
    static let viewType = EnumType.named("System.Management.Automation.ProgressView")!
    let state: ThreadLock<PSStyle.State>
    init(_ state: ThreadLock<PSStyle.State>) { self.state = state }

    public var typeName: String { "System.Management.Automation.PSStyle+ProgressConfiguration" }
    public var stringValue: String { typeName }
    public var propertyNames: [String] { ["Style", "MaxWidth", "View", "UseOSCIndicator"] }
    public var memberListing: [(name: String, kind: String, definition: String)] {
        [("Style", "Property", "string Style {get;set;}"), ("MaxWidth", "Property", "int MaxWidth {get;set;}"),
         ("View", "Property", "System.Management.Automation.ProgressView View {get;set;}"),
         ("UseOSCIndicator", "Property", "bool UseOSCIndicator {get;set;}")]
    }

    public func property(_ name: String) -> Value? {
        let state = self.state.withLock { $0 }
        switch name.lowercased() {
        case "style": return .string(state.progressStyle)
        case "maxwidth": return .int(state.progressMaxWidth)
        case "view": return .native(EnumValue(ProgressConfiguration.viewType, state.progressView))
        case "useoscindicator": return .bool(state.progressUsesOSC)
        default: return nil
        }
    }

    public func setProperty(_ name: String, _ value: Value, span: SourceSpan) throws {
        switch name.lowercased() {
        case "style":
            let style = try PSStyle.validatedSequence("Style", value, span: span)
            state.withLock { $0.progressStyle = style }
        case "maxwidth":
            let width = try TypeConversion.toInteger(value, "System.Int32", span)
            guard width >= 18 else {
                throw ScriptError.settingFailed("MaxWidth", "The MaxWidth for the Progress rendering must be at least 18 to render correctly. (Parameter 'MaxWidth')", at: span)
            }
            state.withLock { $0.progressMaxWidth = width }
        case "view":
            let view = try ProgressConfiguration.viewType.convert(value, settingProperty: "View", at: span)
            state.withLock { $0.progressView = view.rawValue }
        case "useoscindicator":
            let flag = Conversion.toBool(value)
            state.withLock { $0.progressUsesOSC = flag }
        default:
            throw PSStyle.readOnly(name, span)
        }
    }
}

/// `$PSStyle.Foreground` / `$PSStyle.Background`: the sixteen colours and
/// any RGB colour.
public final class ColorSet: TabledObject, Sendable {
    static let names = ["Black", "Red", "Green", "Yellow", "Blue", "Magenta", "Cyan", "White", "BrightBlack", "BrightRed",
                        "BrightGreen", "BrightYellow", "BrightBlue", "BrightMagenta", "BrightCyan", "BrightWhite"]
    let isBackground: Bool
    init(background: Bool) { isBackground = background }

    public var typeName: String { "System.Management.Automation.PSStyle+\(isBackground ? "BackgroundColor" : "ForegroundColor")" }
    public var stringValue: String { typeName }
    public var propertyNames: [String] { ColorSet.names }
    public var memberListing: [(name: String, kind: String, definition: String)] {
        ColorSet.names.map { ($0, "Property", "string \($0) {get;}") } + ColorSet.members.listing
    }

    public func property(_ name: String) -> Value? {
        guard let index = ColorSet.names.firstIndex(where: { $0.lowercased() == name.lowercased() }) else { return nil }
        let code = (index < 8 ? 30 + index : 90 + index - 8) + (isBackground ? 10 : 0)
        return .string("\u{1B}[\(code)m")
    }


    func rgb(_ red: Int, _ green: Int, _ blue: Int) -> Value {
        .string("\u{1B}[\(isBackground ? 48 : 38);2;\(red);\(green);\(blue)m")
    }

    public static let members = MemberTable<ColorSet>(methods: [
        MethodMember("FromRgb", ["string FromRgb(byte red, byte green, byte blue)", "string FromRgb(int rgb)"]) { colors, call in
            func byte(_ index: Int) throws -> Int {
                try TypeConversion.integer(call.arguments[index], "System.Byte", in: 0...255, call.span)
            }
            switch call.count {
            case 1:
                let rgb = try call.int32(0)
                return colors.rgb((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF)
            case 3:
                return colors.rgb(try byte(0), try byte(1), try byte(2))
            default:
                throw call.failure("Cannot find an overload for \"FromRgb\" and the argument count: \"\(call.count)\".", id: "MethodCountCouldNotFindBest")
            }
        },
        MethodMember("FromConsoleColor", ["string FromConsoleColor(System.ConsoleColor color)"]) { colors, call in
            guard let sequence = PSStyle.sequence(forConsoleColor: call.arguments.first ?? .null, background: colors.isBackground) else {
                throw call.failure("Cannot convert argument \"color\", with value: \"\(call.string(0))\", for \"FromConsoleColor\" to type \"System.ConsoleColor\".",
                                   id: "MethodArgumentConversionInvalidCastArgument")
            }
            return .string(sequence)
        },
    ])
}
