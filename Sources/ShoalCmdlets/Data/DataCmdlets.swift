// The cmdlets of this folder's noun family: the JSON and CSV cmdlets.

import ShoalRuntime

enum DataCmdlets {
    /// Every cmdlet this family defines; Registration.swift registers them.
    static let all: [any Cmdlet.Type] = []
}
