// The cmdlets of this folder's noun family: the network (Test-Connection).

import ShoalRuntime

enum NetworkCmdlets {
    /// Registers the connection results' table views once, the first time
    /// the session asks for this family's cmdlets.
    private static let viewRegistration: Void = ConnectionResults.registerViews()

    /// Every cmdlet this family defines; Registration.swift registers them.
    static var all: [any Cmdlet.Type] {
        viewRegistration
        return [TestConnectionCommand.self, InvokeWebRequestCommand.self, InvokeRestMethodCommand.self]
    }
}
