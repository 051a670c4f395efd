// `shoal --remote`: the far side of remoting over ssh. It speaks the job
// workers' framed protocol on its standard input and output (what ssh
// connects), after a hello that carries the protocol and shoal versions:
// it runs each request in one session runspace, so variables and functions
// persist from call to call (a PSSession), and streams the records back. A
// `stop` message stops the request that runs; the end of its input (the
// connection closed or dropped) stops it too and ends the process, and
// with it every program it started.

import CShoal
import Glibc
import ShoalRuntime
import ShoalSyntax

/// What a remote shoal says first.
struct RemoteHello: Sendable, Equatable {
    static let currentMagic = "shoal-remote"
    /// Bumped when the messages change incompatibly.
    static let currentProtocol = 1

    var magic = RemoteHello.currentMagic
    var protocolVersion = RemoteHello.currentProtocol
    var shoalVersion = ShoalVersion.string
    var platform = RemoteHello.localPlatform

    /// `uname -sm` of this machine (Linux x86_64).
    static var localPlatform: String {
        var names = utsname()
        uname(&names)
        let system = withUnsafeBytes(of: names.sysname) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let machine = withUnsafeBytes(of: names.machine) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        return "\(system) \(machine)"
    }
}

public enum RemoteServer {
    /// The command-line argument that makes shoal the far side of remoting.
    public static let argument = "--remote"

    /// Serves requests until its input ends; `makeSession` builds the
    /// session (its runspace, and how to close it).
    public static func serve(makeSession: (any ShellHost) -> (runspace: Runspace, close: () -> Void)) -> Int32 {
        // The protocol moves off the standard descriptors, which then lead
        // nowhere: nothing a script runs can write into the stream.
        let input = fcntl(0, F_DUPFD_CLOEXEC, 10)
        let output = fcntl(1, F_DUPFD_CLOEXEC, 10)
        guard input >= 0, output >= 0 else { return 1 }
        for standard: Int32 in 0...2 {
            let null = open("/dev/null", standard == 0 ? O_RDONLY : O_WRONLY)
            if null >= 0, null != standard {
                dup2(null, standard)
                close(null)
            }
        }
        let channel = WorkerChannel(descriptor: output)
        channel.send(.hello(RemoteHello()))
        let session = makeSession(JobHost(recorder: channel))
        let runspace = session.runspace
        let inbox = RemoteInbox(stop: runspace.stopSignal)
        startNativeThread(stackSize: 256 << 10) { inbox.read(from: input) }
        let receiver = TreeReceiver()
        while let message = inbox.next() {
            switch message {
            case .request(let request):
                channel.send(.accepted)
                let outcome = run(request, in: runspace, channel: channel)
                runspace.host.flush()
                channel.send(.finished(outcome))
                runspace.stopSignal.reset()
            case .putDone:
                channel.send(.finished(outcome(failure: receiver.finish())))
            case .getTree(let path, let recurse):
                // Relative paths are the session's location's.
                let absolute = path.hasPrefix("/") ? path : runspace.location + "/" + path
                let failure = TreeSender.send(absolute, recurse: recurse) { channel.sendReporting($0) }
                channel.send(.finished(outcome(failure: failure)))
            default:
                receiver.handle(message)
            }
        }
        session.close()
        return 0
    }

    private static func outcome(failure: String?) -> JobOutcome {
        guard let failure else { return JobOutcome(state: .completed) }
        return JobOutcome(state: .failed, reason: TransferredError(ErrorRecord(failure, exceptionType: "System.IO.IOException",
                                                                               errorId: "CopyError", category: .writeError)))
    }

    private static func run(_ request: WorkerRequest, in runspace: Runspace, channel: WorkerChannel) -> JobOutcome {
        do {
            let file = SourceFile(name: request.scriptName, text: request.scriptPrefix + request.scriptText)
            // An empty location: where the session is (its home at first).
            var spec = JobSpec(script: .compiling(try Parser.parseScript(file, startingAt: request.scriptPrefix.unicodeScalars.count)),
                               location: request.location.isEmpty ? runspace.location : request.location)
            spec.arguments = request.arguments
            spec.input = request.input
            spec.usingValues = request.usingValues
            runspace.options.ownsProcessDirectory = true
            return JobRunner.run(spec, in: runspace, recorder: channel)
        } catch {
            return JobOutcome(state: .failed, reason: TransferredError(ErrorRecord(
                error.message, exceptionType: "System.Management.Automation.ParseException", errorId: error.errorId,
                category: .parserError, span: error.span)))
        }
    }
}

/// The requests read from the connection, for the serving thread.
final class RemoteInbox: Sendable {
    private let state = ThreadLock<(requests: [WorkerMessage], closed: Bool)>(([], false))
    private let changed = ChangeSignal()
    /// Stops the request that runs.
    private let stop: StopSignal

    init(stop: StopSignal) { self.stop = stop }

    /// Reads messages until the input ends.
    func read(from descriptor: Int32) {
        while let payload = FrameIO.readFrame(from: descriptor) {
            switch try? WorkerMessage.decode(payload) {
            case .stop?:
                stop.request()
            case let message?:
                state.withLock { $0.requests.append(message) }
                changed.notify()
            case nil:
                break
            }
        }
        // The connection is gone: stop what runs, serve nothing more.
        state.withLock { $0.closed = true }
        stop.request()
        changed.notify()
    }

    /// The next request or file message, or nil once the connection has closed.
    func next() -> WorkerMessage? {
        while true {
            let seen = changed.current
            let (request, closed) = state.withLock { state -> (WorkerMessage?, Bool) in
                if state.closed { return (nil, true) }
                return (state.requests.isEmpty ? nil : state.requests.removeFirst(), false)
            }
            if let request { return request }
            if closed { return nil }
            changed.wait(after: seen, seconds: 60)
        }
    }
}
