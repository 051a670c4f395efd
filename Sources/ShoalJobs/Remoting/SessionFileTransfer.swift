// Copy-Item -ToSession/-FromSession over a PSSession's connection: the
// tree is streamed in chunks (TreeTransfer), permission bits kept. The
// session runs one thing at a time, so a copy waits for a running call.

import ShoalRuntime

final class SessionFileTransfer: SessionCopier, Sendable {
    static let shared = SessionFileTransfer()

    func copy(_ sources: [String], to destination: String, session value: Value, toSession: Bool, recurse: Bool,
              runspace: Runspace) throws -> [String] {
        guard case .native(let object as PSSessionObject) = value else {
            throw SessionCopyRefused(
                "Cannot bind parameter '\(toSession ? "ToSession" : "FromSession")'. Cannot convert the \"\(Conversion.toString(value))\" value to type \"System.Management.Automation.Runspaces.PSSession\".")
        }
        let session = object.session
        guard session.acquire(stop: runspace.stopSignal) else {
            return ["The PSSession \(session.name) to \(session.computerName) is \(session.stateName)."]
        }
        defer { session.release() }
        let connection = session.connection
        var failures: [String] = []
        for source in sources {
            let failure = toSession ? put(source, into: destination, recurse: recurse, connection)
                                    : get(source, into: destination, recurse: recurse, connection)
            if let failure { failures.append("\(session.computerName): \(failure)") }
            if !connection.isUsable {
                session.markBroken()
                break
            }
        }
        return failures
    }

    private func put(_ source: String, into destination: String, recurse: Bool, _ connection: RemoteConnection) -> String? {
        let leaf = source.split(separator: "/").last.map(String.init) ?? source
        guard connection.send(.putRoot(destination: destination, leaf: leaf)) else { return connection.lostReason() }
        let sent = TreeSender.send(source, recurse: recurse) { connection.send($0) }
        guard connection.send(.putDone) else { return connection.lostReason() }
        let answer = finished(connection)
        return sent ?? answer
    }

    private func get(_ source: String, into destination: String, recurse: Bool, _ connection: RemoteConnection) -> String? {
        guard connection.send(.getTree(path: source, recurse: recurse)) else { return connection.lostReason() }
        let receiver = TreeReceiver()
        let leaf = source.split(separator: "/").last.map(String.init) ?? source
        receiver.handle(.putRoot(destination: destination, leaf: leaf))
        while let message = connection.receive() {
            if case .finished(let outcome) = message {
                let local = receiver.finish()
                return outcome.reason?.message ?? local
            }
            receiver.handle(message)
        }
        _ = receiver.finish()
        return connection.lostReason()
    }

    /// Waits for the far side's answer to a tree sent to it.
    private func finished(_ connection: RemoteConnection) -> String? {
        while let message = connection.receive() {
            if case .finished(let outcome) = message { return outcome.reason?.message }
        }
        return connection.lostReason()
    }
}
