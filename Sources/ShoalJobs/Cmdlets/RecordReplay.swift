// Receive-Job writes a job's records back into the receiving command's
// streams: output down the pipeline, errors as errors (honouring its
// -ErrorAction), warnings, verbose, debug and information through its own
// preferences, Write-Host text as host text.

import ShoalRuntime

enum RecordReplay {
    /// The message of a warning/verbose/debug/information record.
    static func message(_ value: TransferValue) -> String {
        if case .object(_, let properties) = value,
           let message = properties.first(where: { $0.name == "Message" || $0.name == "MessageData" }) {
            return Conversion.toString(message.value.value)
        }
        return Conversion.toString(value.value)
    }

    static func isHostText(_ value: TransferValue) -> (text: String, newline: Bool)? {
        guard case .object(let typeNames, let properties) = value, typeNames.first == InformationalRecord.hostTypeName else {
            return nil
        }
        var noNewline = false
        if let flag = properties.first(where: { $0.name == "NoNewline" }), case .bool(let b) = flag.value { noNewline = b }
        return (message(value), !noNewline)
    }

    /// A record as a script object (`$job.Warning[0]`).
    static func scriptValue(_ value: TransferValue, stream: JobStream) -> Value {
        switch stream {
        case .warning: return .native(InformationalRecord(kind: .warning, message: message(value)))
        case .verbose: return .native(InformationalRecord(kind: .verbose, message: message(value)))
        case .debug: return .native(InformationalRecord(kind: .debug, message: message(value)))
        case .information:
            if let host = isHostText(value) { return .native(InformationalRecord(hostText: host.text, newline: host.newline)) }
            return .native(InformationalRecord(kind: .information, message: message(value)))
        case .progress:
            if let progress = ProgressData(value) { return .native(progress.record) }
            return value.value
        default: return value.value
        }
    }

    /// Writes one record through the receiving cmdlet.
    static func replay(_ record: JobRecord, into context: CmdletContext) throws {
        switch record.stream {
        case .output:
            try context.write(record.value.value)
        case .error:
            if case .error(let error) = record.value {
                try context.writeError(error.record)
            } else {
                try context.writeError(message(record.value), id: "JobError")
            }
        case .warning: try context.writeWarning(message(record.value))
        case .verbose: try context.writeVerbose(message(record.value))
        case .debug: try context.writeDebug(message(record.value))
        case .information:
            if let host = isHostText(record.value) {
                try context.writeInformation(.native(InformationalRecord(hostText: host.text, newline: host.newline)), isHost: true)
            } else {
                try context.writeInformation(.string(message(record.value)))
            }
        case .progress:
            // Drawn by the receiver (or recorded, when it runs in a job).
            if let progress = ProgressData(record.value) { context.runspace.writeProgress(progress.record) }
        }
    }
}
