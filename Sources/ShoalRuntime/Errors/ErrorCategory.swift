// PowerShell's System.Management.Automation.ErrorCategory: the kind of
// failure an error record reports (`$_.CategoryInfo.Category`), with
// pwsh's names and numbers.

/// What kind of failure an error record reports.
public enum ErrorCategory: Int, Sendable, CaseIterable {
    case notSpecified = 0, openError, closeError, deviceError, deadlockDetected, invalidArgument, invalidData,
         invalidOperation, invalidResult, invalidType, metadataError, notImplemented, notInstalled, objectNotFound,
         operationStopped, operationTimeout, syntaxError, parserError, permissionDenied, resourceBusy, resourceExists,
         resourceUnavailable, readError, writeError, fromStdErr, securityError, protocolError, connectionError,
         authenticationError, limitsExceeded, quotaExceeded, notEnabled

    /// The name PowerShell shows, e.g. `InvalidArgument`.
    public var name: String {
        let text = String(describing: self)
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    /// The category of this name (any casing) or number, as a cast to
    /// `[System.Management.Automation.ErrorCategory]` reads it.
    public init?(_ text: String) {
        let key = text.lowercased().filter { $0 != " " }
        if let number = Int(key), let category = ErrorCategory(rawValue: number) {
            self = category
            return
        }
        guard let category = ErrorCategory.byName[key] else { return nil }
        self = category
    }

    private static let byName: [String: ErrorCategory] = Dictionary(uniqueKeysWithValues: allCases.map { ($0.name.lowercased(), $0) })
}
