// The cmdlets of this folder's noun family: performance counters (Get-Counter).

import ShoalRuntime

enum DiagnosticsCmdlets {
    private static let viewRegistration: Void = GetCounterCommand.registerViews()

    /// Every cmdlet this family defines; Registration.swift registers them.
    static var all: [any Cmdlet.Type] {
        viewRegistration
        return [GetCounterCommand.self, GetErrorCommand.self]
    }
}
