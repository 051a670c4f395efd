// Install-Module: shoal cannot reach the PowerShell Gallery, so it
// installs nothing. A built-in module needs no installing and says so (a
// warning, so that `Install-Module ThreadJob` in a script moves on); any
// other name is PowerShellGet's non-terminating NoMatchFoundForCriteria.

import ShoalRuntime

public final class InstallModuleCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Install-Module", synopsis: "Installs modules (shoal's modules are built in; nothing is downloaded).",
        parameters: [
            ParameterDescriptor("Name", type: "string[]", position: 0, mandatory: true, pipeline: true),
            ParameterDescriptor("Force", type: "switch"),
            ParameterDescriptor("Scope", type: "string", validateSet: ["CurrentUser", "AllUsers"]),
            ParameterDescriptor("Repository", type: "string[]"),
            ParameterDescriptor("MinimumVersion", type: "string"),
            ParameterDescriptor("MaximumVersion", type: "string"),
            ParameterDescriptor("RequiredVersion", type: "string"),
            ParameterDescriptor("AllowClobber", type: "switch"),
            ParameterDescriptor("SkipPublisherCheck", type: "switch"),
            ParameterDescriptor("AllowPrerelease", type: "switch"),
            ParameterDescriptor("AcceptLicense", type: "switch"),
            ParameterDescriptor("PassThru", type: "switch"),
            ParameterDescriptor("Credential"),
            ParameterDescriptor("Proxy"),
        ], implementingType: "Microsoft.PowerShell.PackageManagement.Cmdlets.InstallPackage",
        description: "Installs modules from a gallery; shoal has no gallery, so it reports a built-in module as installed and any other as not found.",
        examples: [
            HelpExample("A built-in module",
                        code: "Install-Module ThreadJob -WarningAction SilentlyContinue\n(Get-Module ThreadJob).Version.ToString()",
                        output: "2.0.3\n"),
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
