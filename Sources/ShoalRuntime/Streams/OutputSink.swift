// Where a command's objects go: the next command in the pipeline, a
// variable being assigned, the terminal, a file, or nowhere. Pipelines
// push each object through as soon as it is written.

/// A receiver of pipeline objects.
open class OutputSink {
    public init() {}
    /// Receives one object (arrays arrive whole; see `writeEnumerated`).
    open func write(_ value: Value) throws {}

    /// Writes a statement's value: arrays unroll one level, `$null` from
    /// an empty result writes nothing.
    @inline(__always)
    public final func writeEnumerated(_ value: Value) throws {
        switch value {
        case .array(let array):
            for item in array.items { try write(item) }
        case .native(let native as EnumerableObject):
            for item in native.enumerated() { try write(item) }
        default:
            try write(value)
        }
    }
}

/// Collects objects, for `$x = ...`, `$( )` and `@( )`.
public final class CollectingSink: OutputSink {
    // Most statements write one object or none, so the first is held
    // apart: collecting it touches no array. From the second on, all are
    // in `all`, which becomes the result's array without a copy.
    private var first: Value?
    private var all: [Value] = []

    public override func write(_ value: Value) throws {
        if first == nil {
            first = value
        } else {
            if all.isEmpty { all.append(first!) }
            all.append(value)
        }
    }

    /// The objects collected, in order.
    public var items: [Value] {
        guard let first else { return [] }
        return all.isEmpty ? [first] : all
    }

    public var isEmpty: Bool { first == nil }

    /// Nothing is `$null`, one object is itself, more are an array.
    public var result: Value {
        guard let first else { return .null }
        return all.isEmpty ? first : .array(ArrayValue(all))
    }

    /// `result`, leaving the sink empty: the objects are moved out, not
    /// copied and then released by `reset()`.
    public func takeResult() -> Value {
        guard let value = first.take() else { return .null }
        guard !all.isEmpty else { return value }
        var items: [Value] = []
        swap(&items, &all)
        return .array(ArrayValue(items))
    }

    /// Empties the sink for reuse. The array of a result handed out is
    /// let go rather than emptied in place, which would copy it.
    public func reset() {
        first = nil
        if !all.isEmpty { all = [] }
    }
}

/// Discards objects: `$null = ...`, `[void]`, `| Out-Null`.
public final class NullSink: OutputSink {
    public override func write(_ value: Value) throws {}
}

/// Calls a closure per object.
public final class ClosureSink: OutputSink {
    let body: (Value) throws -> Void
    public init(_ body: @escaping (Value) throws -> Void) { self.body = body }
    public override func write(_ value: Value) throws { try body(value) }
}
