// Set-StrictMode: turns strict mode on (-Version) or off (-Off) for the
// current scope and the scopes it starts. Version 1 refuses unset variables
// (except in strings), 2 also in strings and properties an object does not
// have, 3 also array indexes out of range; Latest is the strictest. The
// evaluator checks only where it would otherwise answer $null.

import ShoalRuntime

final class SetStrictModeCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Set-StrictMode", synopsis: "Establishes and enforces coding rules in expressions, scripts, and script blocks.",
        parameters: [
            ParameterDescriptor("Version", type: "string", aliases: ["v"]),
            ParameterDescriptor("Off", type: "switch"),
        ],
        parameterSets: [
            ParameterSetDescriptor("Version", ["Version"], mandatory: ["Version"]),
            ParameterSetDescriptor("Off", ["Off"], mandatory: ["Off"]),
        ], defaultParameterSet: "Version",
        description: "Makes the script stricter: version 1 forbids unset variables, 2 also missing properties and method-style calls, 3 more; -Off turns it off.",
        examples: [
            HelpExample("Catch a typo",
                        code: "Set-StrictMode -Version Latest\ntry { $naem } catch { $_.FullyQualifiedErrorId }",
                        output: "VariableIsUndefined\n"),
        ])

    func end(_ context: CmdletContext) throws {
        if context.parameterSetName == "Off" {
            context.runspace.scope.strictModeVersion = 0
            return
        }
        let written = context.string("Version") ?? ""
        guard let major = SetStrictModeCommand.major(of: written) else {
            throw context.terminatingError(
                "Cannot validate argument on parameter 'Version'. The \"\(written)\" argument does not contain a valid PowerShell version. Supply a valid version number and then try the command again.",
                id: "ParameterArgumentValidationError", category: .invalidData,
                exceptionType: "System.Management.Automation.ParameterBindingValidationException")
        }
        context.runspace.scope.strictModeVersion = major
    }

    /// The major version of a PowerShell version (`Latest` is 7.4, shoal's);
    /// nil for text that names none (pwsh's IsValidPSVersion).
    static func major(of text: String) -> Int? {
        let trimmed = text.trimmingCharacters()
        if trimmed.lowercased() == "latest" { return 7 }
        let parts = trimmed.split(separator: ".", omittingEmptySubsequences: false).map { Int($0) }
        guard (1...4).contains(parts.count), parts.allSatisfy({ $0 != nil && $0! >= 0 }), let major = parts[0] else { return nil }
        let minor = parts.count > 1 ? parts[1]! : 0
        switch major {
        case 1, 2, 3, 4: return minor == 0 ? major : nil
        case 5: return minor <= 1 ? major : nil
        case 6: return minor <= 2 ? major : nil
        case 7: return minor <= 4 ? major : nil
        default: return nil
        }
    }
}
