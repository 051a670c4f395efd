// The non-output streams of a running command, and the records that
// travel on them. Redirections (`2>&1`, `3>$null`, `*> file`) replace
// entries of a StreamSet for the command they are written on.

/// Stream numbers as PowerShell numbers them.
public enum StreamKind: Int, CaseIterable, Sendable {
    case output = 1, error = 2, warning = 3, verbose = 4, debug = 5, information = 6
}

/// A warning, verbose, debug or information record.
public final class InformationalRecord: NativeObject {
    public let kind: StreamKind
    public let message: String
    /// Write-Host text: printed as is, ending a line only if asked.
    public let hostText: (text: String, newline: Bool)?
    /// An information record's tags (Write-Information -Tags).
    public let tags: [String]
    public init(kind: StreamKind, message: String, tags: [String] = []) {
        self.kind = kind
        self.message = message
        self.hostText = nil
        self.tags = tags
    }
    public init(hostText: String, newline: Bool) {
        self.kind = .information
        self.message = hostText
        self.hostText = (hostText, newline)
        self.tags = ["PSHOST"]
    }
    public var typeName: String {
        switch kind {
        case .warning: return "System.Management.Automation.WarningRecord"
        case .verbose: return "System.Management.Automation.VerboseRecord"
        case .debug: return "System.Management.Automation.DebugRecord"
        default: return "System.Management.Automation.InformationRecord"
        }
    }
    public var stringValue: String { message }
    /// The type name a Write-Host record travels under between runspaces.
    public static let hostTypeName = "System.Management.Automation.HostInformationMessage"
    public var propertyNames: [String] { kind == .information ? ["MessageData"] : ["Message"] }
    public func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "message", "messagedata": return .string(message)
        case "tags" where kind == .information: return .list(tags.map(Value.string))
        default: return nil
        }
    }
}

/// Sinks for streams 2 to 6 of the running command.
public struct StreamSet {
    public var error: OutputSink
    public var warning: OutputSink
    public var verbose: OutputSink
    public var debug: OutputSink
    public var information: OutputSink
    /// The -ErrorVariable, -WarningVariable and -InformationVariable lists
    /// records written here also go to: a function's own, and (as pwsh
    /// attaches them to the function's output pipe) those of the functions
    /// whose output this command's output is. A pipeline stage that feeds
    /// another inherits none.
    var collectors: [RecordCollector] = []

    public init(error: OutputSink, warning: OutputSink, verbose: OutputSink, debug: OutputSink, information: OutputSink) {
        self.error = error
        self.warning = warning
        self.verbose = verbose
        self.debug = debug
        self.information = information
    }

    /// Whether both sets hold the very same sinks.
    func isSame(as other: StreamSet) -> Bool {
        error === other.error && warning === other.warning && verbose === other.verbose && debug === other.debug
            && information === other.information && collectors.count == other.collectors.count
            && zip(collectors, other.collectors).allSatisfy { $0 === $1 }
    }

    public subscript(kind: StreamKind) -> OutputSink? {
        get {
            switch kind {
            case .output: return nil
            case .error: return error
            case .warning: return warning
            case .verbose: return verbose
            case .debug: return debug
            case .information: return information
            }
        }
        set {
            guard let newValue else { return }
            switch kind {
            case .output: break
            case .error: error = newValue
            case .warning: warning = newValue
            case .verbose: verbose = newValue
            case .debug: debug = newValue
            case .information: information = newValue
            }
        }
    }
}
