// The cmdlets of this folder's noun family: Format-Table, Format-List,
// Format-Wide, the Out-* cmdlets that format, Write-Progress and
// Update-FormatData.

import ShoalRuntime

enum FormattingCmdlets {
    /// Every cmdlet this family defines; Registration.swift registers them.
    static var all: [any Cmdlet.Type] { [
        FormatTableCommand.self, FormatListCommand.self, FormatWideCommand.self, FormatCustomCommand.self, OutStringCommand.self,
        OutHostCommand.self, OutDefaultCommand.self, WriteProgressCommand.self, UpdateFormatDataCommand.self,
    ] }
}
