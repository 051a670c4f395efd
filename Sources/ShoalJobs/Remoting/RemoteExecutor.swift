// Runs one host's part of an Invoke-Command: a child job whose attempts
// (timeouts and retries apply) open a connection (or take the PSSession's),
// send the request and turn what comes back into the job's records. Its
// output carries PSComputerName, RunspaceId and PSShowComputerName.
// Stopping it ends the connection (or, in a PSSession, stops the call and
// keeps the session); a connection that drops fails it with the host named.

import Glibc
import ShoalRuntime

enum RemoteExecutor {
    /// Where one host's part runs: a fresh connection to `target`, or `session`.
    struct Destination: Sendable {
        var target: SSHTarget
        var session: RemoteSession?
    }

    /// Starts `child` (NotStarted) on its own thread.
    static func start(_ child: Job, _ request: WorkerRequest, at destination: Destination, showComputerName: Bool) {
        startNativeThread(stackSize: 512 << 10) {
            let runner = AttemptRunner(policy: child.policy, table: child.table)
            let outcome = runner.run(recorder: child, isStopped: { child.stopRequested }, stopSources: { [child.wakers] }) { watch in
                attempt(child, request, at: destination, showComputerName: showComputerName, watch: watch)
            }
            child.setState(outcome.state, reason: outcome.reason)
        }
    }

    private static func attempt(_ child: Job, _ request: WorkerRequest, at destination: Destination, showComputerName: Bool,
                                watch: AttemptWatch?) -> JobOutcome {
        if child.stopRequested { return JobOutcome(state: .stopped) }
        child.setState(.running)
        let connection: RemoteConnection
        let session = destination.session
        if let session {
            guard session.acquire(stop: nil) else {
                return failure("The PSSession \(session.name) to \(session.computerName) is \(session.stateName), so it cannot run commands.",
                               id: "PSSessionStateBroken", computer: session.computerName)
            }
            connection = session.connection
        } else {
            do {
                connection = try RemoteConnection.open(destination.target)
            } catch {
                return connectFailure(destination.target.computerName, error.message)
            }
        }
        defer {
            if let session { session.release() } else { connection.close() }
        }
        let keepsConnection = session != nil
        let stop: @Sendable () -> Void = {
            if keepsConnection { _ = connection.send(.stop) } else { connection.terminate() }
        }
        child.setStopAction(stop)
        watch?.started(stop: stop)
        let computer = connection.target.computerName
        let notes = NoteSet.remoting(computer: computer, showComputerName: showComputerName)
        guard connection.send(.request(request)) else {
            session?.markBroken()
            return failure(connection.lostReason(), id: "PSSessionStateBroken", computer: computer)
        }
        while let message = connection.receive() {
            switch message {
            case .record(let record):
                let value = record.value.deserialized
                child.append(JobRecord(record.stream, record.stream == .output
                    ? value.fromRemote(notes) : value))
            case .progress(let progress):
                child.recordProgress(progress)
            case .finished(let outcome):
                return outcome
            default:
                break
            }
        }
        if child.stopRequested { return JobOutcome(state: .stopped) }
        session?.markBroken()
        return failure(connection.lostReason(), id: "PSSessionStateBroken", computer: computer)
    }

    /// PowerShell's error for a computer it cannot open a session to.
    static func connectFailure(_ computer: String, _ reason: String) -> JobOutcome {
        failure(RemoteConnection.openFailureMessage(computer, reason), id: "PSSessionOpenFailed", computer: computer)
    }

    private static func failure(_ message: String, id: String, computer: String) -> JobOutcome {
        JobOutcome(state: .failed, reason: TransferredError(ErrorRecord(
            message, exceptionType: "System.Management.Automation.Remoting.PSRemotingTransportException",
            errorId: id, category: .openError, target: .string(computer))))
    }
}
