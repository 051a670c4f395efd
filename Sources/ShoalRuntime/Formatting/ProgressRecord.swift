// Write-Progress's record and the hook that decides where it goes. In the
// foreground a record is drawn on the terminal (ProgressRenderer); a job's
// runspace instead gets a `ProgressSink` that keeps the records on the job:
//
//     runspace.progressSink = MyJobProgressRecorder(job)   // set once, before the job's script runs
//
// The sink lives in `Runspace.extensions`, so the runtime needs no field
// for it and each runspace (job, pool item) has its own.

/// One progress report, as PowerShell's System.Management.Automation.ProgressRecord.
public final class ProgressRecord: NativeObject, Sendable {
    public let activityId: Int
    public let parentActivityId: Int
    public let activity: String
    public let statusDescription: String
    public let currentOperation: String?
    /// -1 when not given.
    public let percentComplete: Int
    /// -1 when not given.
    public let secondsRemaining: Int
    /// True for `-Completed`: the activity is over.
    public let isCompleted: Bool

    public init(activityId: Int, parentActivityId: Int = -1, activity: String, statusDescription: String,
                currentOperation: String? = nil, percentComplete: Int = -1, secondsRemaining: Int = -1, isCompleted: Bool = false) {
        self.activityId = activityId
        self.parentActivityId = parentActivityId
        self.activity = activity
        self.statusDescription = statusDescription
        self.currentOperation = currentOperation
        self.percentComplete = percentComplete
        self.secondsRemaining = secondsRemaining
        self.isCompleted = isCompleted
    }

    public var typeName: String { "System.Management.Automation.ProgressRecord" }
    public var stringValue: String { "parent = \(parentActivityId) id = \(activityId) \(activity): \(statusDescription)" }
    public var propertyNames: [String] {
        ["ActivityId", "ParentActivityId", "Activity", "StatusDescription", "CurrentOperation", "PercentComplete",
         "SecondsRemaining", "RecordType"]
    }

    public func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "activityid": return .int(activityId)
        case "parentactivityid": return .int(parentActivityId)
        case "activity": return .string(activity)
        case "statusdescription": return .string(statusDescription)
        case "currentoperation": return currentOperation.map(Value.string) ?? .null
        case "percentcomplete": return .int(percentComplete)
        case "secondsremaining": return .int(secondsRemaining)
        case "recordtype": return .string(isCompleted ? "Completed" : "Processing")
        default: return nil
        }
    }
}

/// Receives the progress records of a runspace instead of the terminal
/// (a job records them; Receive-Job or the notice centre shows them).
/// Called on the runspace's own thread.
public protocol ProgressSink: AnyObject {
    func writeProgress(_ record: ProgressRecord)
}

/// The box under which a runspace's sink is kept in `extensions`.
private final class ProgressSinkSlot {
    let sink: ProgressSink
    init(_ sink: ProgressSink) { self.sink = sink }
}

extension Runspace {
    /// Where Write-Progress sends records; nil draws them on the terminal.
    public var progressSink: ProgressSink? {
        get { (extensions[ObjectIdentifier(ProgressSinkSlot.self)] as? ProgressSinkSlot)?.sink }
        set { extensions[ObjectIdentifier(ProgressSinkSlot.self)] = newValue.map(ProgressSinkSlot.init) }
    }

    /// Sends a progress record where it belongs: the runspace's sink, or the
    /// terminal's progress bar (only when standard error is a terminal and
    /// $ProgressPreference, or `action` when a command was given -ProgressAction, does not silence it).
    public func writeProgress(_ record: ProgressRecord, action: ActionPreference? = nil) {
        if let sink = progressSink {
            sink.writeProgress(record)
            return
        }
        let preference = action ?? variable("ProgressPreference").flatMap(ActionPreference.init(value:)) ?? .continue
        guard preference != .silentlyContinue && preference != .ignore else { return }
        ConsoleProgress.show(record, host: host)
    }
}
