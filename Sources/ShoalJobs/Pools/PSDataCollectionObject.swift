// `$ps.Streams.Error`, `.Progress`, …: one stream of a [powershell]
// invocation as PowerShell's PSDataCollection, read live: Count, indexing
// and enumeration see the records so far; ReadAll() takes them out.

import ShoalRuntime

final class PSDataCollectionObject: EnumerableObject {
    let invocation: PowerShellInvocation?
    let stream: JobStream

    init(invocation: PowerShellInvocation?, stream: JobStream) {
        self.invocation = invocation
        self.stream = stream
    }

    var typeName: String { "System.Management.Automation.PSDataCollection`1" }
    var stringValue: String { typeName }
    var propertyNames: [String] { ["Count", "IsOpen"] }

    func enumerated() -> [Value] {
        (invocation?.records(of: stream) ?? []).map { RecordReplay.scriptValue($0, stream: stream) }
    }

    func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "count": return .int(invocation?.records(of: stream).count ?? 0)
        case "isopen": return .bool(invocation?.stateName == "Running")
        default: return nil
        }
    }

    func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? {
        switch method.lowercased() {
        case "readall":
            return .list((invocation?.takeRecords(of: stream) ?? []).map { RecordReplay.scriptValue($0, stream: stream) })
        case "clear":
            _ = invocation?.takeRecords(of: stream)
            return VoidResult.value
        default:
            return nil
        }
    }
}
