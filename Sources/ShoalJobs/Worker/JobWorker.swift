// The `shoal --job-worker` side: read one job request, run it in a fresh
// runspace, stream its records back, report how it ended, exit.

import CShoal
import Glibc
import ShoalRuntime
import ShoalSyntax
import Synchronization

public enum JobWorker {
    /// Serves one request; `makeRunspace` builds a session runspace.
    public static func serve(makeRunspace: (any ShellHost) -> Runspace) -> Int32 {
        _ = cshoal_die_with_parent()
        ProcessGroupKeeper.nativesJoinCallerGroup = true
        if getppid() == 1 { return 1 }
        guard let payload = FrameIO.readFrame(from: 0), case .request(let request)? = try? WorkerMessage.decode(payload) else {
            return 0
        }
        // The job must not read the request pipe as its standard input.
        let devNull = open("/dev/null", O_RDONLY)
        if devNull >= 0 {
            dup2(devNull, 0)
            close(devNull)
        }
        let channel = WorkerChannel()
        channel.send(.accepted)
        let runspace = makeRunspace(JobHost(recorder: channel))
        let outcome: JobOutcome
        do {
            let file = SourceFile(name: request.scriptName, text: request.scriptPrefix + request.scriptText)
            var spec = JobSpec(script: .compiling(try Parser.parseScript(file, startingAt: request.scriptPrefix.unicodeScalars.count)),
                               location: request.location)
            if let text = request.initializationText {
                spec.initialization = .compiling(try Parser.parseScript(SourceFile(name: "<InitializationScript>", text: text)))
            }
            spec.initializationOutputIsJobOutput = false
            spec.arguments = request.arguments
            spec.input = request.input
            spec.usingValues = request.usingValues
            spec.locationDrive = request.locationDrive
            _ = chdir(request.location)
            JobWorker.adopt(environment: request.environment)
            runspace.options.ownsProcessDirectory = true
            outcome = JobRunner.run(spec, in: runspace, recorder: channel)
        } catch {
            // Only parsing the job's script can throw here (a ParseError).
            outcome = JobOutcome(state: .failed, reason: TransferredError(ErrorRecord(
                error.message, exceptionType: "System.Management.Automation.ParseException", errorId: error.errorId,
                category: .parserError, span: error.span)))
        }
        runspace.host.flush()
        channel.send(.finished(outcome))
        return 0
    }
}

extension JobWorker {
    /// Replaces this process's environment with the shell's.
    static func adopt(environment entries: [String]) {
        guard !entries.isEmpty else { return }
        _ = clearenv()
        for case let (name, value)? in entries.map(ProcessEnvironment.split) { ProcessEnvironment.set(name, value) }
    }
}

/// Sends records to the shell; several threads of the job may write.
final class WorkerChannel: JobRecorder {
    private let lock = ThreadLock(())
    private let descriptor: Int32

    init(descriptor: Int32 = WorkerMessage.protocolDescriptor) { self.descriptor = descriptor }

    func send(_ message: WorkerMessage) { _ = sendReporting(message) }

    /// Sends; false when the other end is gone.
    func sendReporting(_ message: WorkerMessage) -> Bool {
        let bytes = message.encoded
        return lock.withLock { _ in FrameIO.write(bytes, to: descriptor) }
    }

    func record(_ record: JobRecord) { send(.record(record)) }
    func recordProgress(_ progress: ProgressData) { send(.progress(progress)) }
}
