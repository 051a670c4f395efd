// The messages between the shell and a `shoal --job-worker` process. The
// shell writes one job request to the worker's standard input; the worker
// answers on descriptor 3, first that it has the request (a worker that
// dies before it says so never ran the job, which then goes to another),
// then with records, progress and a final outcome.
// Values cross as PowerShell's serializer writes them (depth 1, see
// TransferValue+Serialization.swift).
// The worker's own standard output and error go nowhere, so nothing a job
// runs can corrupt the stream.

import ShoalRuntime
import ShoalSyntax

enum WorkerMessage {
    case request(WorkerRequest)
    case record(JobRecord)
    case progress(ProgressData)
    case finished(JobOutcome)
    /// The worker has read the request and starts the job.
    case accepted
    /// A remote shoal's first message: who it is (the version handshake).
    case hello(RemoteHello)
    /// Stop the request that runs (a remote session stays open).
    case stop
    /// Copying a tree (Copy-Item -ToSession/-FromSession): where it goes
    /// (into `destination` as `leaf` when that is a directory, else as `destination`),
    case putRoot(destination: String, leaf: String)
    /// one file or directory of it (relative to the root; "" is the root),
    case putEntry(relative: String, isDirectory: Bool, mode: Int)
    /// the next bytes of the file last entered,
    case putData([UInt8])
    /// the end of the tree (the receiver answers with `finished`),
    case putDone
    /// and the request for a tree from the far side, answered with entries, data and `finished`.
    case getTree(path: String, recurse: Bool)

    static let protocolDescriptor: Int32 = 3

    var encoded: [UInt8] {
        var writer = WireWriter()
        switch self {
        case .request(let request):
            writer.byte(1)
            writer.string(request.scriptText)
            writer.string(request.scriptName)
            writer.string(request.scriptPrefix)
            writer.optionalString(request.initializationText)
            writer.int(request.arguments.count)
            for argument in request.arguments { writer.value(argument.serialized()) }
            writer.byte(request.input == nil ? 0 : 1)
            if let input = request.input {
                writer.int(input.count)
                for item in input { writer.value(item.serialized()) }
            }
            writer.int(request.usingValues.count)
            for (name, value) in request.usingValues.sorted(by: { $0.key < $1.key }) {
                writer.string(name)
                writer.value(value.serialized())
            }
            writer.string(request.location)
            writer.string(request.locationDrive ?? "")
            writer.int(request.environment.count)
            for entry in request.environment { writer.string(entry) }
        case .record(let record):
            writer.byte(2)
            writer.byte(UInt8(record.stream.rawValue))
            writer.value(record.value.serialized())
        case .progress(let progress):
            writer.byte(3)
            writer.string(progress.activity)
            writer.string(progress.status)
            writer.int(progress.percentComplete)
            writer.int(progress.secondsRemaining)
            writer.string(progress.currentOperation)
            writer.int(progress.activityId)
            writer.int(progress.parentId)
            writer.byte(progress.isCompleted ? 1 : 0)
        case .finished(let outcome):
            writer.byte(4)
            writer.string(outcome.state.rawValue)
            writer.byte(outcome.reason == nil ? 0 : 1)
            if let reason = outcome.reason { writer.error(reason) }
        case .accepted:
            writer.byte(5)
        case .hello(let hello):
            writer.byte(6)
            writer.string(hello.magic)
            writer.int(hello.protocolVersion)
            writer.string(hello.shoalVersion)
            writer.string(hello.platform)
        case .stop:
            writer.byte(7)
        case .putRoot(let destination, let leaf):
            writer.byte(8)
            writer.string(destination)
            writer.string(leaf)
        case .putEntry(let relative, let isDirectory, let mode):
            writer.byte(9)
            writer.string(relative)
            writer.byte(isDirectory ? 1 : 0)
            writer.int(mode)
        case .putData(let bytes):
            writer.byte(10)
            writer.data(bytes)
        case .putDone:
            writer.byte(11)
        case .getTree(let path, let recurse):
            writer.byte(12)
            writer.string(path)
            writer.byte(recurse ? 1 : 0)
        }
        return writer.frame
    }

    static func decode(_ payload: [UInt8]) throws -> WorkerMessage {
        var reader = WireReader(payload)
        switch try reader.byte() {
        case 1:
            let scriptText = try reader.string()
            let scriptName = try reader.string()
            let scriptPrefix = try reader.string()
            let initialization = try reader.optionalString()
            var arguments: [TransferValue] = []
            for _ in 0..<(try reader.count()) { arguments.append(try reader.value().deserialized) }
            var input: [TransferValue]?
            if try reader.byte() != 0 {
                var items: [TransferValue] = []
                for _ in 0..<(try reader.count()) { items.append(try reader.value().deserialized) }
                input = items
            }
            var usingValues: [String: TransferValue] = [:]
            for _ in 0..<(try reader.count()) { usingValues[try reader.string()] = try reader.value().deserialized }
            let location = try reader.string()
            let drive = try reader.string()
            var environment: [String] = []
            for _ in 0..<(try reader.count()) { environment.append(try reader.string()) }
            return .request(WorkerRequest(scriptText: scriptText, scriptName: scriptName, scriptPrefix: scriptPrefix,
                                          initializationText: initialization,
                                          arguments: arguments, input: input, usingValues: usingValues, location: location,
                                          locationDrive: drive.isEmpty ? nil : drive, environment: environment))
        case 2:
            guard let stream = JobStream(rawValue: Int(try reader.byte())) else { throw WireReader.Malformed() }
            return .record(JobRecord(stream, try reader.value()))
        case 3:
            return .progress(ProgressData(activity: try reader.string(), status: try reader.string(),
                                          percentComplete: try reader.int(), secondsRemaining: try reader.int(),
                                          currentOperation: try reader.string(), activityId: try reader.int(),
                                          parentId: try reader.int(), isCompleted: try reader.byte() != 0))
        case 4:
            guard let state = JobState(name: try reader.string()) else { throw WireReader.Malformed() }
            let reason = try reader.byte() != 0 ? try reader.error() : nil
            return .finished(JobOutcome(state: state, reason: reason))
        case 5:
            return .accepted
        case 6:
            return .hello(RemoteHello(magic: try reader.string(), protocolVersion: try reader.int(),
                                      shoalVersion: try reader.string(), platform: try reader.string()))
        case 7:
            return .stop
        case 8:
            return .putRoot(destination: try reader.string(), leaf: try reader.string())
        case 9:
            return .putEntry(relative: try reader.string(), isDirectory: try reader.byte() != 0, mode: try reader.int())
        case 10:
            return .putData(try reader.data())
        case 11:
            return .putDone
        case 12:
            return .getTree(path: try reader.string(), recurse: try reader.byte() != 0)
        default:
            throw WireReader.Malformed()
        }
    }
}

/// A Start-Job request: the script as text (the worker parses it again,
/// as PowerShell's job process does) and its data as copies.
struct WorkerRequest: Sendable {
    var scriptText: String
    var scriptName: String
    /// What stood before the script in its file, as blank lines and the
    /// start of its first line, so that the worker counts lines and
    /// columns as that file does (error positions).
    var scriptPrefix = ""
    var initializationText: String?
    var arguments: [TransferValue]
    var input: [TransferValue]?
    var usingValues: [String: TransferValue]
    var location: String
    /// The drive the location is on (`temp`), as `$PWD` shows it; the
    /// worker takes it when it has that drive too. Nil: the `/` drive.
    var locationDrive: String? = nil
    /// The shell's environment when the job starts, as a process started
    /// then inherits it: a worker started (or forked) earlier takes it on.
    var environment = ProcessEnvironment.entries
}
