// Install-Module: shoal cannot reach the PowerShell Gallery, so it
// installs nothing. A built-in module needs no installing and says so (a
// warning, so that `Install-Module ThreadJob` in a script moves on); any
// other name is PowerShellGet's non-terminating NoMatchFoundForCriteria.

import ShoalRuntime

public final class InstallModuleCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Install-Module", synopsis: "Installs modules (shoal's modules are built in; nothing is downloaded).",
        parameters: [
            ParameterDescriptor("Name", type: "string[]", position: 0, mandatory: true, pipeline: true,
                                help: "The modules to install: a built-in module gets a warning that there is nothing to install, any other name is an error."),
            ParameterDescriptor("Force", type: "switch", help: "Accepted for compatibility; nothing is downloaded."),
            ParameterDescriptor("Scope", type: "string", validateSet: ["CurrentUser", "AllUsers"], help: "Accepted for compatibility; nothing is installed."),
            ParameterDescriptor("Repository", type: "string[]", help: "Accepted for compatibility: shoal has no module repository."),
            ParameterDescriptor("MinimumVersion", type: "string", help: "Accepted for compatibility; nothing is downloaded."),
            ParameterDescriptor("MaximumVersion", type: "string", help: "Accepted for compatibility; nothing is downloaded."),
            ParameterDescriptor("RequiredVersion", type: "string", help: "Accepted for compatibility; nothing is downloaded."),
            ParameterDescriptor("AllowClobber", type: "switch", help: "Accepted for compatibility; nothing is installed."),
            ParameterDescriptor("SkipPublisherCheck", type: "switch", help: "Accepted for compatibility; nothing is installed."),
            ParameterDescriptor("AllowPrerelease", type: "switch", help: "Accepted for compatibility; nothing is downloaded."),
            ParameterDescriptor("AcceptLicense", type: "switch", help: "Accepted for compatibility; nothing is installed."),
            ParameterDescriptor("PassThru", type: "switch", help: "Writes the module for each name that is a built-in module."),
            ParameterDescriptor("Credential", help: "Accepted for compatibility; nothing is downloaded."),
            ParameterDescriptor("Proxy", help: "Accepted for compatibility; nothing is downloaded."),
        ], implementingType: "Microsoft.PowerShell.PackageManagement.Cmdlets.InstallPackage",
        description: "Installs modules from a gallery; shoal has no gallery, so it reports a built-in module as installed and any other as not found.",
        examples: [
            HelpExample("A built-in module",
                        code: "Install-Module ThreadJob -WarningAction SilentlyContinue\n(Get-Module ThreadJob).Version.ToString()",
                        output: "2.0.3\n"),
            HelpExample("A module from the gallery is not found",
                        code: "try { Install-Module Az.Accounts -Scope CurrentUser -ErrorAction Stop } catch { $_.Exception.Message }",
                        output: "No match was found for the specified search criteria and module name 'Az.Accounts'. shoal installs no modules from a repository; its modules are built in (see Get-Module -ListAvailable).\n"),
            HelpExample("Keep the warning for a log",
                        code: "Install-Module ThreadJob -WarningVariable notes -WarningAction SilentlyContinue\n\"$notes\"",
                        output: "Module 'ThreadJob' is built into shoal and always loaded; there is nothing to install.\n"),
        ])
    public init() {}

    public func process(_ context: CmdletContext) throws {
        for name in context.value("Name")?.strings ?? [] {
            if let module = ModuleCatalog.named(name, context.runspace) {
                try context.writeWarning("Module '\(module.name)' is built into shoal and always loaded; there is nothing to install.")
                if context.flag("PassThru") { try context.write(ModuleCatalog.object(module, listAvailable: false)) }
                continue
            }
            try context.writeError(
                "No match was found for the specified search criteria and module name '\(name)'. shoal installs no modules from a repository; its modules are built in (see Get-Module -ListAvailable).",
                id: "NoMatchFoundForCriteria", category: .objectNotFound, target: .string(name), exceptionType: "System.Exception")
        }
    }
}
