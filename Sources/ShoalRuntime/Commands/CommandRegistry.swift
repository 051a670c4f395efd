// The table of built-in cmdlets, built once per session before any
// runspace runs and read-only afterwards. Each entry carries what every
// call of the cmdlet needs and used to work out again: its descriptor, its
// binding plan, and how to make an instance. A module that extends a
// cmdlet (ForEach-Object -Parallel) wraps the registered entry here, while
// the table is built, instead of keeping the original in a global; the
// modules' default views for their objects' types are registered here too.

/// A registered cmdlet.
public struct RegisteredCmdlet: @unchecked Sendable {
    // @unchecked: a metatype, and a plan made once under a lock; both safe to share.
    public let type: any Cmdlet.Type
    public let descriptor: CmdletDescriptor
    /// Makes the instance that runs one call.
    public let make: @Sendable () -> any Cmdlet
    private let planCell = PlanCell()

    /// The cmdlet's binding plan, compiled on its first call: compiling
    /// all of them when the shell starts cost ~3 ms of its start-up.
    public var plan: BindingPlan { planCell.plan(for: descriptor) }

    /// The cmdlet `type` as it declares itself.
    public init(_ type: any Cmdlet.Type) {
        // A metatype is immutable: sharing it between threads is safe,
        // though `any Cmdlet.Type` is not declared Sendable.
        nonisolated(unsafe) let metatype = type
        self.init(type, descriptor: type.descriptor, make: { metatype.init() })
    }

    /// A cmdlet whose declaration or instances are made by the registrant.
    public init(_ type: any Cmdlet.Type, descriptor: CmdletDescriptor, make: @escaping @Sendable () -> any Cmdlet) {
        self.type = type
        self.descriptor = descriptor
        self.make = make
    }
}

/// A cmdlet's binding plan, made once by whichever runspace calls it first.
private final class PlanCell: Sendable {
    private let plan = ThreadLock<BindingPlan?>(nil)

    func plan(for descriptor: CmdletDescriptor) -> BindingPlan {
        plan.withLock { plan in
            if let plan { return plan }
            let made = BindingPlan(parameters: descriptor.parameters.map { BindableParameter($0) }, acceptsCommonParameters: true,
                                   passesUnknownArguments: false, isCmdlet: true, sets: descriptor.parameterSets,
                                   defaultSet: descriptor.defaultParameterSet,
                                   supportsShouldProcess: descriptor.confirmImpact != nil)
            plan = made
            return made
        }
    }
}

/// The table of built-in cmdlets, shared by every runspace of a session.
public final class CommandRegistry: @unchecked Sendable {
    // Written only while the session is built, before any runspace runs.
    private var cmdlets: [String: RegisteredCmdlet] = [:]
    public private(set) var defaultAliases: [String: String] = [:]
    /// Default views by lower-cased type name: the built-in ones and the modules'.
    private var views = FormatViews.builtIn

    public init() {}

    public func register(_ type: any Cmdlet.Type) {
        register(RegisteredCmdlet(type))
    }

    /// Registers (or replaces, by name) a prepared entry.
    public func register(_ entry: RegisteredCmdlet) {
        cmdlets[entry.descriptor.name.lowercased()] = entry
    }

    /// Removes a cmdlet (the fuzz target removes the ones that write files).
    public func unregister(_ name: String) {
        cmdlets[name.lowercased()] = nil
    }

    public func alias(_ name: String, _ target: String) {
        defaultAliases[name.lowercased()] = target
    }

    public func cmdlet(named name: String) -> RegisteredCmdlet? { cmdlets[name.lowercased()] }

    public var allCmdlets: [RegisteredCmdlet] {
        cmdlets.values.sorted { $0.descriptor.name < $1.descriptor.name }
    }

    // MARK: Default views

    /// Shows objects whose type name is `typeName` as a table of `columns`,
    /// grouped by `groupBy` when given, wrapping long values when `wrap`.
    public func registerTable(typeName: String, columns: [FormatViewColumn], groupBy: FormatViewColumn? = nil, wrap: Bool = false) {
        views[typeName.lowercased()] = .table(columns, groupBy: groupBy, wrap: wrap)
    }

    /// Shows objects whose type name is `typeName` as a list of `fields`.
    public func registerList(typeName: String, fields: [FormatViewColumn]) {
        views[typeName.lowercased()] = .list(fields)
    }

    /// The default view registered for `typeName` (any case).
    public func view(for typeName: String) -> FormatView? { views[typeName.lowercased()] }
}
