// A PSSession over ssh: one kept connection to a remote shoal whose session
// runspace keeps its variables and functions from call to call. One call
// runs at a time; a second waits for the first. A connection that drops
// leaves the session Broken.

import ShoalRuntime

public final class RemoteSession: Sendable {
    public let id: Int
    public let name: String
    let target: SSHTarget
    let connection: RemoteConnection
    private let state = ThreadLock<(state: String, busy: Bool)>(("Opened", false))
    private let changed = ChangeSignal()

    init(id: Int, name: String?, connection: RemoteConnection) {
        self.id = id
        self.name = name ?? "Runspace\(id)"
        self.target = connection.target
        self.connection = connection
    }

    public var computerName: String { target.computerName }
    /// Opened, Broken or Closed.
    public var stateName: String { state.withLock { $0.state } }
    public var isOpen: Bool { stateName == "Opened" }

    /// Waits until no other call uses the session; false when it is not open.
    func acquire(stop: StopSignal?) -> Bool {
        while true {
            let seen = changed.current
            let taken = state.withLock { state -> Bool? in
                guard state.state == "Opened" else { return false }
                if state.busy { return nil }
                state.busy = true
                return true
            }
            if let taken { return taken }
            if stop?.isRequested == true { return false }
            changed.wait(after: seen, seconds: 0.2)
        }
    }

    /// Takes the session if no call uses it now; false at once otherwise.
    func tryAcquire() -> Bool {
        state.withLock { state in
            guard state.state == "Opened", !state.busy else { return false }
            state.busy = true
            return true
        }
    }

    /// Runs a short script on the far side and returns its output as
    /// text, or nil when the session is busy or gone (tab completion asks
    /// this: it must never wait for a running call).
    public func query(_ script: String) -> [String]? {
        guard tryAcquire() else { return nil }
        defer { release() }
        let request = WorkerRequest(scriptText: script, scriptName: "<completion>", arguments: [], input: nil,
                                    usingValues: [:], location: "", environment: [])
        guard connection.send(.request(request)) else {
            markBroken()
            return nil
        }
        var lines: [String] = []
        while let message = connection.receive() {
            switch message {
            case .record(let record) where record.stream == .output:
                lines.append(Conversion.toString(record.value.deserialized.value))
            case .finished:
                return lines
            default:
                break
            }
        }
        markBroken()
        return nil
    }

    func release() {
        state.withLock { $0.busy = false }
        changed.notify()
    }

    /// The connection dropped under a call.
    func markBroken() {
        state.withLock { if $0.state == "Opened" { $0.state = "Broken" } }
        changed.notify()
    }

    /// Remove-PSSession: the far side ends, with what it ran.
    func close() {
        state.withLock { $0.state = "Closed" }
        changed.notify()
        connection.close()
    }
}

/// The session's PSSessions (Get-PSSession), in id order.
public final class RemoteSessionTable: Sendable {
    private let sessions = ThreadLock<(next: Int, all: [RemoteSession])>((1, []))

    func add(name: String?, connection: RemoteConnection) -> RemoteSession {
        sessions.withLock { table in
            let session = RemoteSession(id: table.next, name: name, connection: connection)
            table.next += 1
            table.all.append(session)
            return session
        }
    }

    func remove(_ session: RemoteSession) {
        sessions.withLock { $0.all.removeAll { $0 === session } }
        session.close()
    }

    public var all: [RemoteSession] { sessions.withLock { $0.all } }

    /// Ends every session: the shell is ending.
    func closeAll() {
        for session in sessions.withLock({ table in defer { table.all = [] }; return table.all }) { session.close() }
    }
}

/// A PSSession as scripts see it.
final class PSSessionObject: IdentityObject, TabularObject {
    let session: RemoteSession
    init(_ session: RemoteSession) { self.session = session }
    var identity: ObjectIdentifier { ObjectIdentifier(session) }
    var typeName: String { "System.Management.Automation.Runspaces.PSSession" }
    var stringValue: String { "[PSSession]\(session.name)" }
    var propertyNames: [String] {
        ["Id", "Name", "Transport", "ComputerName", "ComputerType", "State", "ConfigurationName", "Availability"]
    }
    func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "id": return .int(session.id)
        case "name": return .string(session.name)
        case "transport": return .string("SSH")
        case "computername": return .string(session.computerName)
        case "computertype": return .string("RemoteMachine")
        case "state": return .string(session.stateName)
        case "configurationname": return .string("DefaultShell")
        case "availability": return .string(session.isOpen ? "Available" : "None")
        default: return nil
        }
    }
}
