// The cmdlets of this folder's noun family: Where-Object, ForEach-Object, Select-Object, Sort-Object, Group-Object, Measure-Object and the other object cmdlets.

import ShoalRuntime

enum ObjectCmdlets {
    /// Every cmdlet this family defines; Registration.swift registers them.
    static let all: [any Cmdlet.Type] = []
}
