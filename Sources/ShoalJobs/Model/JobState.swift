// A job's state, with PowerShell's names and the finished/terminal rules.

/// PowerShell's JobState values that local jobs use.
public enum JobState: String, Sendable, CaseIterable {
    case notStarted = "NotStarted"
    case running = "Running"
    case completed = "Completed"
    case failed = "Failed"
    case stopping = "Stopping"
    case stopped = "Stopped"
    case blocked = "Blocked"

    /// Completed, Failed or Stopped: nothing more will happen.
    public var isFinished: Bool { self == .completed || self == .failed || self == .stopped }

    /// Parses a state name as `-State` takes it (any case).
    public init?(name: String) {
        guard let match = JobState.allCases.first(where: { $0.rawValue.lowercased() == name.lowercased() }) else { return nil }
        self = match
    }
}
