// The evaluator reads child nodes out of parent nodes millions of times a
// second. Read through a strong property, each child is retained and
// released around its use: two atomic operations that together cost more
// than the rest of a simple step (a third of a counting loop's wall time).
// A parent node also keeps a `Borrowed` view of its hot children, which
// hands them out without touching their reference counts. It is sound
// because the parent owns the child through its strong properties, and a
// parent is alive whenever the evaluator is working on it.

/// A child node, readable without retaining it while its parent lives.
public struct Borrowed<Node: AnyObject>: @unchecked Sendable {
    private let reference: Unmanaged<Node>

    init(_ node: Node) { reference = .passUnretained(node) }

    /// Runs `body` with the node, its reference count untouched.
    @inline(__always)
    public func with<Result>(_ body: (Node) throws -> Result) rethrows -> Result {
        try reference._withUnsafeGuaranteedRef(body)
    }
}
