// A weak reference to a runspace that leaves the runspace's own reference
// counting fast. A `weak` reference to an object gives it a side table, and
// from then on every retain and release of that object takes the runtime's
// slow path; the runspace is retained and released throughout the
// evaluator, so formatters and binders, which only need to find their
// runspace while it lives, refer to a small anchor object weakly instead.

/// Owned by its runspace alone, and so freed with it: weak references to
/// the anchor go nil when the runspace goes.
final class RunspaceAnchor {
    unowned let runspace: Runspace
    init(_ runspace: Runspace) { self.runspace = runspace }
}

/// A runspace, held weakly through its anchor (see above):
/// `@WeakRunspace var runspace: Runspace? = nil`. For objects used on the
/// runspace's own thread: a formatter, a binder, a view.
@propertyWrapper
public struct WeakRunspace {
    private weak var anchor: RunspaceAnchor?

    public init(wrappedValue: Runspace?) { anchor = wrappedValue?.anchor }

    /// The runspace, while it lives.
    public var wrappedValue: Runspace? {
        get { anchor?.runspace }
        set { anchor = newValue?.anchor }
    }
}
