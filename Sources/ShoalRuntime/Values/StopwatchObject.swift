// `[System.Diagnostics.Stopwatch]`: timing scripts measure with
// `$sw = [Diagnostics.Stopwatch]::StartNew(); ...; $sw.Elapsed`. It reads
// the monotonic clock, so a change of the wall clock does not disturb it;
// its ticks are nanoseconds (Frequency 1,000,000,000, as .NET on Linux).

import Synchronization

public final class StopwatchObject: NativeObject, Sendable {
    private struct State {
        var accumulated = 0
        var startedAt: Int?
    }

    private let state = Mutex(State())

    public init(running: Bool) {
        if running { start() }
    }

    static let frequency = 1_000_000_000

    var elapsedNanoseconds: Int {
        state.withLock { state in state.accumulated + (state.startedAt.map { MonotonicClock.nanoseconds() - $0 } ?? 0) }
    }

    func start() { state.withLock { state in if state.startedAt == nil { state.startedAt = MonotonicClock.nanoseconds() } } }

    public var typeName: String { "System.Diagnostics.Stopwatch" }
    public var stringValue: String { typeName }
    public var propertyNames: [String] { ["IsRunning", "Elapsed", "ElapsedMilliseconds", "ElapsedTicks"] }

    public func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "isrunning": return .bool(state.withLock { $0.startedAt != nil })
        case "elapsed": return .native(TimeSpanValue(ticks: elapsedNanoseconds / 100))
        case "elapsedmilliseconds": return .int(elapsedNanoseconds / 1_000_000)
        case "elapsedticks": return .int(elapsedNanoseconds)
        default: return nil
        }
    }

    public func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? {
        switch method.lowercased() {
        case "start": start()
        case "stop":
            state.withLock { state in
                if let started = state.startedAt { state.accumulated += MonotonicClock.nanoseconds() - started }
                state.startedAt = nil
            }
        case "reset": state.withLock { $0 = State() }
        case "restart": state.withLock { $0 = State(accumulated: 0, startedAt: MonotonicClock.nanoseconds()) }
        case "tostring": return .string(typeName)
        default: return nil
        }
        return .null
    }
}
