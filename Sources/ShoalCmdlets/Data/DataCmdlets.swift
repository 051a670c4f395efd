// The cmdlets of this folder's noun family: the JSON, CSV, CLIXML and XML cmdlets.

import ShoalRuntime

enum DataCmdlets {
    /// Every cmdlet this family defines; Registration.swift registers them.
    static var all: [any Cmdlet.Type] { [
        ConvertToJsonCommand.self, ConvertFromJsonCommand.self, ConvertToCsvCommand.self, ConvertFromCsvCommand.self,
        ExportCsvCommand.self, ImportCsvCommand.self, ConvertFromStringDataCommand.self, SelectXmlCommand.self,
        ExportClixmlCommand.self, ImportClixmlCommand.self, ImportPowerShellDataFileCommand.self,
    ] }
}
