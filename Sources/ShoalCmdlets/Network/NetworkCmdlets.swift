// The cmdlets of this folder's noun family: the network (Test-Connection).

import ShoalRuntime

enum NetworkCmdlets {
    /// The connection results' table views.
    static func registerViews(into registry: CommandRegistry) { ConnectionResults.registerViews(into: registry) }

    /// Every cmdlet this family defines; Registration.swift registers them.
    static var all: [any Cmdlet.Type] {
        [TestConnectionCommand.self, InvokeWebRequestCommand.self, InvokeRestMethodCommand.self]
    }
}
