// A variable as an object (System.Management.Automation.PSVariable): what
// Get-Variable writes and $ExecutionContext.SessionState.PSVariable.Get returns.

/// A PSVariable: Name and Value, as Get-Variable shows them in a table.
public final class VariableObject: TabularObject {
    public let name: String
    public let box: VariableBox
    public init(name: String, box: VariableBox) {
        self.name = name
        self.box = box
    }
    public var typeName: String { "System.Management.Automation.PSVariable" }
    public var stringValue: String { typeName }
    public var propertyNames: [String] { ["Name", "Value"] }
    public func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "name": return .string(self.name)
        case "value": return box.value
        case "options":
            // pwsh's ScopedItemOptions flags, as they print.
            let flags = [box.isConstant ? "Constant" : box.isReadOnly ? "ReadOnly" : nil, box.isPrivate ? "Private" : nil].compactMap { $0 }
            return .string(flags.isEmpty ? "None" : flags.joined(separator: ", "))
        case "description": return .string("")
        case "visibility": return .string("Public")
        default: return nil
        }
    }
}
