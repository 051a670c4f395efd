// A terminating error whose FullyQualifiedErrorId names the cmdlet type
// (`PathNotFound,Microsoft.PowerShell.Commands.GetContentCommand`), as
// PowerShell's ThrowTerminatingError gives; `terminatingError` alone
// leaves the id bare. Used by the file and data cmdlets.

import ShoalRuntime

extension CmdletContext {
    func cmdletError(_ message: String, id: String, category: String = "InvalidOperation",
                     exceptionType: String = "System.Management.Automation.RuntimeException",
                     target: Value = .null) -> ScriptError {
        let error = terminatingError(message, id: id, category: category, exceptionType: exceptionType, target: target)
        error.record.cmdletTypeName = "Microsoft.PowerShell.Commands." + commandName.filter { $0 != "-" } + "Command"
        return error
    }
}
