// `$ExecutionContext.SessionState.PSVariable`: variables by name, seen from
// the scope the script is in (Get returns the live variable; GetValue its
// value or a default; Set and Remove change it), as modules and scripts
// that look variables up by computed names use it.

final class PSVariableIntrinsics: NativeObject {
    unowned let runspace: Runspace
    init(runspace: Runspace) { self.runspace = runspace }

    var typeName: String { "System.Management.Automation.PSVariableIntrinsics" }
    var stringValue: String { typeName }
    func property(_ name: String) -> Value? { nil }

    /// The variable's box, searching outward from the current scope
    /// (`global:`/`script:` prefixes choose the scope).
    private func box(_ name: String) -> VariableBox? {
        let key = name.lowercased()
        if let (target, unqualified) = runspace.scopeQualified(key) { return target.lookup(unqualified) }
        var bare = Substring(key)
        for prefix in ["local:", "private:"] where bare.hasPrefix(prefix) { bare = bare.dropFirst(prefix.count) }
        return runspace.scope.lookup(String(bare))
    }

    func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? {
        let name = arguments.first.map(Conversion.toString) ?? ""
        switch method.lowercased() {
        case "get":
            if let box = box(name) { return .native(VariableObject(name: name, box: box)) }
            // $true, $null, $? and friends live outside the scopes.
            if let special = runspace.variable(name) { return .native(VariableObject(name: name, box: VariableBox(special))) }
            return .null
        case "getvalue":
            if let value = box(name)?.value ?? runspace.variable(name) { return value }
            return arguments.count > 1 ? arguments[1] : .null
        case "set":
            if case .native(let variable as VariableObject)? = arguments.first {
                runspace.setVariable(variable.name, variable.box.value)
            } else {
                runspace.setVariable(name, arguments.count > 1 ? arguments[1] : .null)
            }
            return VoidResult.value
        case "remove":
            let key = name.lowercased()
            if let (target, unqualified) = runspace.scopeQualified(key) {
                _ = target.removeLocal(unqualified)
            } else {
                _ = runspace.scope.removeLocal(key)
            }
            return VoidResult.value
        default:
            return nil
        }
    }
}
