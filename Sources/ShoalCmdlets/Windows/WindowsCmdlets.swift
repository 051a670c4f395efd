// The cmdlets of this folder's family: Windows management (WMI, CIM),
// present so that scripts from Windows get a clear error, not a missing command.

import ShoalRuntime

enum WindowsCmdlets {
    /// Every cmdlet this family defines; Registration.swift registers them.
    static var all: [any Cmdlet.Type] { [GetWmiObjectCommand.self, GetCimInstanceCommand.self] }
}
