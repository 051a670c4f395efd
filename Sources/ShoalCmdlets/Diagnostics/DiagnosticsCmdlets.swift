// The cmdlets of this folder's noun family: performance counters (Get-Counter).

import ShoalRuntime

enum DiagnosticsCmdlets {
    static func registerViews(into registry: CommandRegistry) { GetCounterCommand.registerViews(into: registry) }

    /// Every cmdlet this family defines; Registration.swift registers them.
    static var all: [any Cmdlet.Type] {
        [GetCounterCommand.self, GetErrorCommand.self]
    }
}
