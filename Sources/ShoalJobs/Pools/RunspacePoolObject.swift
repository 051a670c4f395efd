// `[runspacefactory]::CreateRunspacePool(min, max)`: the pool executor as
// scripts written against PowerShell's API see it. At most `max` of its
// PowerShell instances run at once; the rest wait their turn.

import ShoalRuntime
import ShoalSyntax
import Synchronization

final class RunspacePoolObject: SettableObject {
    let executor: PoolExecutor
    private let state = Mutex((minimum: 1, maximum: 1, opened: false, closed: false))

    init(minimum: Int, maximum: Int, factory: RunspaceFactory, table: JobTable) {
        executor = PoolExecutor(size: maximum, factory: factory) { JobsModule.attach($0, table: table) }
        state.withLock { $0 = (minimum, maximum, false, false) }
    }

    var typeName: String { "System.Management.Automation.Runspaces.RunspacePool" }
    var stringValue: String { typeName }
    var propertyNames: [String] { ["RunspacePoolStateInfo", "ThreadOptions", "ApartmentState", "IsDisposed"] }

    var isOpen: Bool { state.withLock { $0.opened && !$0.closed } }

    func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "runspacepoolstateinfo":
            let info = PSObject(typeName: "System.Management.Automation.Runspaces.RunspacePoolStateInfo")
            let current = state.withLock { $0 }
            info.set("State", .string(current.closed ? "Closed" : current.opened ? "Opened" : "BeforeOpen"))
            return .object(info)
        case "isdisposed": return .bool(state.withLock { $0.closed })
        case "threadoptions": return .string("Default")
        case "apartmentstate": return .string("Unknown")
        default: return nil
        }
    }

    func setProperty(_ name: String, _ value: Value, span: SourceSpan) throws {
        // ThreadOptions and ApartmentState are Windows threading choices; accepted and ignored.
        guard ["threadoptions", "apartmentstate", "cleanupinterval"].contains(name.lowercased()) else {
            throw ScriptError.runtime("'\(name)' is a ReadOnly property.", id: "PropertyAssignmentException", at: span)
        }
    }

    func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? {
        func count(_ index: Int) throws -> Int {
            try TypeConversion.toInteger(arguments.first ?? .int(1), "System.Int32", nil)
        }
        switch method.lowercased() {
        case "open", "openasync":
            state.withLock { $0.opened = true }
            return VoidResult.value
        case "close", "dispose", "closeasync":
            state.withLock { $0.closed = true }
            executor.close()
            return VoidResult.value
        case "getavailablerunspaces": return .int(isOpen ? executor.available : 0)
        case "getmaxrunspaces": return .int(state.withLock { $0.maximum })
        case "getminrunspaces": return .int(state.withLock { $0.minimum })
        case "setmaxrunspaces":
            let maximum = try count(0)
            guard maximum >= state.withLock({ $0.minimum }) else { return .bool(false) }
            state.withLock { $0.maximum = maximum }
            executor.size = maximum
            return .bool(true)
        case "setminrunspaces":
            let minimum = try count(0)
            guard minimum >= 1, minimum <= state.withLock({ $0.maximum }) else { return .bool(false) }
            state.withLock { $0.minimum = minimum }
            return .bool(true)
        default: return nil
        }
    }
}
