// What a job produces: one record per object or message, in arrival
// order, each tagged with its stream.

import ShoalRuntime

/// The streams a job records.
public enum JobStream: Int, Sendable, CaseIterable {
    case output, error, warning, verbose, debug, information, progress

    /// The order ThreadJob and PSTaskJob replay streams in.
    static let replayOrder: [JobStream] = [.output, .error, .verbose, .debug, .warning, .progress, .information]
}

/// One recorded object or message.
public struct JobRecord: Sendable {
    public let stream: JobStream
    public let value: TransferValue
    public init(_ stream: JobStream, _ value: TransferValue) {
        self.stream = stream
        self.value = value
    }
}

/// A Write-Progress record kept on a job.
public struct ProgressData: Sendable {
    public var activity: String
    public var status: String
    public var percentComplete: Int
    public var secondsRemaining: Int
    public var currentOperation: String
    public var activityId: Int
    public var parentId: Int
    public var isCompleted: Bool

    public init(activity: String, status: String, percentComplete: Int = -1, secondsRemaining: Int = -1,
                currentOperation: String = "", activityId: Int = 0, parentId: Int = -1, isCompleted: Bool = false) {
        self.activity = activity
        self.status = status
        self.percentComplete = percentComplete
        self.secondsRemaining = secondsRemaining
        self.currentOperation = currentOperation
        self.activityId = activityId
        self.parentId = parentId
        self.isCompleted = isCompleted
    }

    /// Read back from its recorded form (`transferValue`); nil for anything else.
    init?(_ value: TransferValue) {
        guard case .object(let typeNames, let properties) = value, typeNames.first == "System.Management.Automation.ProgressRecord" else {
            return nil
        }
        func field(_ name: String) -> Value { properties.first { $0.name == name }?.value.value ?? .null }
        func number(_ name: String) -> Int {
            if case .int(let n) = field(name) { return n }
            return -1
        }
        self.init(activity: Conversion.toString(field("Activity")), status: Conversion.toString(field("StatusDescription")),
                  percentComplete: number("PercentComplete"), secondsRemaining: number("SecondsRemaining"),
                  currentOperation: Conversion.toString(field("CurrentOperation")), activityId: number("ActivityId"),
                  parentId: number("ParentActivityId"), isCompleted: Conversion.toString(field("RecordType")) == "Completed")
    }

    /// As Write-Progress made it.
    var record: ProgressRecord {
        ProgressRecord(activityId: activityId, parentActivityId: parentId, activity: activity, statusDescription: status,
                       currentOperation: currentOperation.isEmpty ? nil : currentOperation, percentComplete: percentComplete,
                       secondsRemaining: secondsRemaining, isCompleted: isCompleted)
    }

    /// As a script sees it: an object with PowerShell's ProgressRecord properties.
    var transferValue: TransferValue {
        .object(typeNames: ["System.Management.Automation.ProgressRecord"], properties: [
            ("ActivityId", .int(activityId)), ("ParentActivityId", .int(parentId)), ("Activity", .string(activity)),
            ("StatusDescription", .string(status)), ("CurrentOperation", .string(currentOperation)),
            ("PercentComplete", .int(percentComplete)), ("SecondsRemaining", .int(secondsRemaining)),
            ("RecordType", .string(isCompleted ? "Completed" : "Processing")),
        ])
    }
}
