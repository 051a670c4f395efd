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
            ParameterDescriptor("Version", type: "string", aliases: ["v"],
                                help: "The rules to enforce: 1.0 forbids unset variables; 2.0 also missing properties and function calls written like methods; 3.0 and Latest also out-of-range indexes. Applies to the current scope and those below."),
            ParameterDescriptor("Off", type: "switch", help: "Turns strict mode off in the current scope and those below."),
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
            HelpExample("Catch a mistyped property and a method-style call",
                        code: "Set-StrictMode -Version 2.0\n$server = [pscustomobject]@{ Name = 'web1' }\ntry { $server.Nmae } catch { $_.Exception.Message }\nfunction Add-Numbers($a, $b) { $a + $b }\ntry { Add-Numbers(1, 2) } catch { $_.FullyQualifiedErrorId }",
                        output: "The property 'Nmae' cannot be found on this object. Verify that the property exists.\nStrictModeFunctionCallWithParens\n",
                        remarks: "Without strict mode $server.Nmae is just $null, and Add-Numbers(1, 2) passes one array as $a."),
            HelpExample("Strict mode for one function only",
                        code: "function Invoke-Checked {\n    Set-StrictMode -Version Latest\n    try { $undefinedSetting } catch { 'inside: ' + $_.FullyQualifiedErrorId }\n}\nInvoke-Checked\n'outside: ' + ($null -eq $undefinedSetting)",
                        output: "inside: VariableIsUndefined\noutside: True\n",
                        remarks: "Set-StrictMode applies to the scope it runs in and the scopes below, so a function or script can be strict without changing its caller. Set-StrictMode -Off turns it off for the scope."),
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
