// `[System.Threading.Thread]::CurrentThread`: a ManagedThreadId that is
// distinct for every thread and stable within one, as scripts that check
// which thread a job ran on expect.

import Glibc
import Synchronization

final class ThreadInfoObject: NativeObject {
    let managedThreadId: Int

    private static let ids = Mutex<(next: Int, byThread: [UInt: Int])>((1, [:]))

    static var current: ThreadInfoObject {
        let key = UInt(pthread_self())
        let id = ids.withLock { state in
            if let id = state.byThread[key] { return id }
            state.next += 1
            state.byThread[key] = state.next
            return state.next
        }
        return ThreadInfoObject(id: id)
    }

    init(id: Int) { managedThreadId = id }

    var typeName: String { "System.Threading.Thread" }
    var stringValue: String { "System.Threading.Thread" }
    var propertyNames: [String] { ["ManagedThreadId", "IsBackground", "Name"] }
    func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "managedthreadid": return .int(managedThreadId)
        case "isbackground": return .bool(managedThreadId != 1)
        case "name": return .null
        default: return nil
        }
    }
}
