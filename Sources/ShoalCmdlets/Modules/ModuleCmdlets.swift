// The cmdlets of this folder's noun family: modules (Get-Module,
// Import-Module, Remove-Module, Export-ModuleMember, New-ModuleManifest,
// Install-Module).

import ShoalRuntime

enum ModuleCmdlets {
    static func registerViews(into registry: CommandRegistry) { ModuleCatalog.registerViews(into: registry) }

    /// Every cmdlet this family defines; Registration.swift registers them.
    static var all: [any Cmdlet.Type] {
        [GetModuleCommand.self, ImportModuleCommand.self, RemoveModuleCommand.self, ExportModuleMemberCommand.self,
                NewModuleManifestCommand.self,
                InstallModuleCommand.self]
    }
}
