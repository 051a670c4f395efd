// What a renderer needs to know about where its text goes: how wide the
// screen is and whether PowerShell's $PSStyle decorations may be used.
// The width is the terminal's (TIOCGWINSZ on standard output), else
// `$env:COLUMNS`, else 120, as pwsh falls back to when it has no console.

import Glibc

/// The escape sequences of $PSStyle.Formatting that tables and lists use;
/// all empty for plain text (a file, a pipe, NO_COLOR).
public struct TextStyle: Sendable, Equatable {
    public var tableHeader: String
    public var listLabel: String
    public var reset: String
    /// `$PSStyle.FileInfo`, when file names are decorated.
    public var fileInfo: FileDecorations?

    public init(tableHeader: String, listLabel: String, reset: String, fileInfo: FileDecorations? = nil) {
        self.tableHeader = tableHeader
        self.listLabel = listLabel
        self.reset = reset
        self.fileInfo = fileInfo
    }

    public static let plain = TextStyle(tableHeader: "", listLabel: "", reset: "")
}

/// How file names are decorated in listings: `$PSStyle.FileInfo`.
public struct FileDecorations: Sendable, Equatable {
    public var directory: String
    public var symbolicLink: String
    public var executable: String
    /// By lower-cased extension with its dot (`.zip`).
    public var extensions: [String: String]
}

/// Screen width, styling and how long a generated table may wait for rows
/// before fixing its column widths.
public struct FormatOptions: Sendable {
    public var width: Int
    public var style: TextStyle
    /// PowerShell sizes a generated table from the rows that arrive within
    /// 300 ms; nil waits for the whole table (Out-String, files).
    public var sizingWindow: Double?
    /// Whoever writes the text removes escape sequences from it.
    public var removesSequences = false

    public init(width: Int = FormatOptions.defaultWidth(), style: TextStyle = .plain, sizingWindow: Double? = nil) {
        self.width = width
        self.style = style
        self.sizingWindow = sizingWindow
    }

    /// Options for text headed to `host`, decorated as `style` says for a
    /// terminal (when the host is one) or redirected output.
    public static func forHost(_ host: ShellHost, style: PSStyle) -> FormatOptions {
        let terminal = host.isTerminal && host is ConsoleHost
        let decorated = style.decorates(toTerminal: terminal)
        var options = FormatOptions(width: defaultWidth(terminalDescriptor: terminal ? 1 : nil),
                                    style: style.textStyle(decorated: decorated), sizingWindow: 0.3)
        options.removesSequences = !decorated
        return options
    }

    /// Options for text that becomes a string or a file (Out-String,
    /// Out-File): decorated only when `$PSStyle.OutputRendering` is Ansi;
    /// otherwise the text's own escape sequences are removed too
    /// (`removesSequences`), as pwsh does for output that is not the host.
    public static func forText(width: Int, style: PSStyle) -> FormatOptions {
        let decorated = style.decorates(toTerminal: false)
        var options = FormatOptions(width: width, style: style.textStyle(decorated: decorated))
        options.removesSequences = !decorated
        return options
    }

    /// The terminal's width when `terminalDescriptor` is one, else
    /// `$env:COLUMNS`, else 120.
    public static func defaultWidth(terminalDescriptor: Int32? = nil) -> Int {
        if let descriptor = terminalDescriptor {
            var size = winsize()
            if ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        }
        if let text = getenv("COLUMNS"), let columns = Int(String(cString: text)), columns > 0 { return columns }
        return 120
    }
}
