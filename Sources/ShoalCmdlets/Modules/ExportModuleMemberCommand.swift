// Export-ModuleMember: inside a script module's file, names the functions
// (and variables, aliases) the module exports; without it every function
// is exported. Called anywhere else it is pwsh's
// Modules_CanOnlyExecuteExportModuleMemberInsideAModule error.

import ShoalRuntime

final class ExportModuleMemberCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Export-ModuleMember", synopsis: "Specifies the module members that are exported.",
        parameters: [
            ParameterDescriptor("Function", type: "string[]", position: 0, pipeline: true, pipelineByPropertyName: true,
                                help: "The functions to export; wildcards are allowed."),
            ParameterDescriptor("Cmdlet", type: "string[]", pipelineByPropertyName: true, help: "Accepted; script modules define no cmdlets."),
            ParameterDescriptor("Variable", type: "string[]", pipelineByPropertyName: true, help: "The variables to export."),
            ParameterDescriptor("Alias", type: "string[]", pipelineByPropertyName: true, help: "The aliases to export."),
        ])

    func process(_ context: CmdletContext) throws {
        let exports = context.runspace.service(ModuleExportFrames.self) { ModuleExportFrames() }
        guard !exports.frames.isEmpty else {
            throw context.terminatingError("The Export-ModuleMember cmdlet can only be called from inside a module.",
                                           id: "Modules_CanOnlyExecuteExportModuleMemberInsideAModule",
                                           category: .permissionDenied, exceptionType: "System.InvalidOperationException")
        }
        let last = exports.frames.count - 1
        exports.frames[last].called = true
        exports.frames[last].functions += context.value("Function")?.strings ?? []
        exports.frames[last].variables += context.value("Variable")?.strings ?? []
        exports.frames[last].aliases += context.value("Alias")?.strings ?? []
    }
}
