// The cmdlets of this folder's noun family: Format-Table, Format-List, Format-Wide and Out-* cmdlets.

import ShoalRuntime

enum FormattingCmdlets {
    /// Every cmdlet this family defines; Registration.swift registers them.
    static let all: [any Cmdlet.Type] = []
}
