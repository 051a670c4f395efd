// `$ps.Commands`: the PSCommand of a [powershell] instance. Adding to it
// adds to the instance (`$ps.Commands.AddScript(...)` as `$ps.AddScript(...)`).

import ShoalRuntime

final class PSCommandObject: NativeObject {
    let owner: PowerShellObject
    init(owner: PowerShellObject) { self.owner = owner }

    var typeName: String { "System.Management.Automation.PSCommand" }
    var stringValue: String { owner.script?.text ?? "" }
    var propertyNames: [String] { ["Commands"] }

    func property(_ name: String) -> Value? {
        guard name.lowercased() == "commands" else { return nil }
        return .list(owner.script.map { [.string($0.text)] } ?? [])
    }

    func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? {
        switch method.lowercased() {
        case "addscript", "addargument", "addparameter", "addparameters":
            _ = try owner.invoke(method, arguments, context: context)
            return .native(self)
        case "clear":
            owner.clearCommands()
            return VoidResult.value
        default:
            return nil
        }
    }
}
