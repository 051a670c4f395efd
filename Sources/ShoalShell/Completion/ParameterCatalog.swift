// The parameters a command name reaches, for tab completion: a cmdlet's
// from its CmdletDescriptor, a script function's from its param block
// (ValidateSet included), both with the common parameters where they apply;
// aliases are followed first.

import ShoalRuntime
import ShoalSyntax

enum ParameterCatalog {
    struct Parameter {
        let name: String
        let aliases: [String]
        let isSwitch: Bool
        let validateSet: [String]?
    }

    static let common: [Parameter] = [
        ("ErrorAction", "ea"), ("WarningAction", "wa"), ("InformationAction", "infa"), ("Verbose", "vb"),
        ("Debug", "db"), ("ErrorVariable", "ev"), ("WarningVariable", "wv"), ("OutVariable", "ov"),
        ("OutBuffer", "ob"), ("PipelineVariable", "pv"), ("InformationVariable", "iv"), ("ProgressAction", "proga"),
    ].map { Parameter(name: $0.0, aliases: [$0.1], isSwitch: $0.0 == "Verbose" || $0.0 == "Debug", validateSet: nil) }

    /// The command an alias (or chain of aliases) names.
    static func resolvedName(_ name: String, in runspace: Runspace) -> String {
        var current = name
        for _ in 0..<8 {
            guard let target = runspace.aliases[current.lowercased()] else { break }
            current = target
        }
        return current
    }

    static func parameters(of commandName: String, in runspace: Runspace) -> [Parameter] {
        let name = resolvedName(commandName, in: runspace)
        if let function = runspace.scope.lookupFunction(name.lowercased()) {
            let ast = function.block.ast
            let declared = (ast.paramBlock?.parameters ?? []).map { parameter in
                Parameter(name: parameter.variable.name, aliases: attributeStrings(parameter, "Alias"),
                          isSwitch: parameter.typeName?.name.lowercased() == "switch",
                          validateSet: parameter.attributes.contains { $0.name.lowercased() == "validateset" }
                              ? attributeStrings(parameter, "ValidateSet") : nil)
            }
            return ast.isAdvanced ? declared + common : declared
        }
        if let cmdlet = runspace.registry.cmdlet(named: name) {
            let declared = cmdlet.descriptor.parameters.map {
                Parameter(name: $0.name, aliases: $0.aliases, isSwitch: $0.isSwitch, validateSet: $0.validateSet)
            }
            return declared + common
        }
        return []
    }

    /// The string constants given to an attribute such as `[ValidateSet('a','b')]`.
    static func attributeStrings(_ parameter: ParameterAst, _ attributeName: String) -> [String] {
        parameter.attributes.filter { $0.name.lowercased() == attributeName.lowercased() }.flatMap { attribute in
            attribute.positional.flatMap { expression -> [String] in
                switch expression.kind {
                case .string(let text): return [text]
                case .arrayLiteral(let items):
                    return items.compactMap { if case .string(let text) = $0.kind { return text } else { return nil } }
                default: return []
                }
            }
        }
    }

    /// The parameter a (possibly shortened) name binds to, as the binder picks it.
    static func resolve(_ typed: String, in parameters: [Parameter]) -> Parameter? {
        let lower = typed.lowercased().trimmingCharacters(":")
        if let exact = parameters.first(where: { $0.name.lowercased() == lower || $0.aliases.contains { $0.lowercased() == lower } }) {
            return exact
        }
        let prefixed = parameters.filter { $0.name.lowercased().hasPrefix(lower) }
        return prefixed.count == 1 ? prefixed[0] : nil
    }

    /// Script functions visible from the current scope.
    static func functions(in runspace: Runspace) -> [FunctionInfo] {
        var result: [FunctionInfo] = []
        var scope: Scope? = runspace.scope
        while let current = scope {
            result += current.localFunctions.values
            scope = current.parent
        }
        return result
    }

    /// The usual spelling of well-known variables (variables are stored
    /// lower-cased).
    static func displayCase(_ name: String, runspace: Runspace) -> String {
        knownSpellings[name.lowercased()] ?? name
    }

    static let knownSpellings: [String: String] = Dictionary(uniqueKeysWithValues: [
        "PSVersionTable", "ErrorActionPreference", "WarningPreference", "VerbosePreference", "DebugPreference",
        "InformationPreference", "ProgressPreference", "PSItem", "PWD", "HOME", "PID", "Error", "IsLinux", "IsWindows",
        "IsMacOS", "IsCoreCLR", "PSHOME", "ShellId", "OFS", "NestedPromptLevel", "MaximumHistoryCount", "PSEdition",
        "PROFILE", "ShoalJobNotify", "ShoalEditMode", "LASTEXITCODE", "PSScriptRoot", "PSCommandPath",
    ].map { ($0.lowercased(), $0) })
}

extension String {
    func trimmingCharacters(_ character: Character) -> String {
        var text = Substring(self)
        while text.last == character { text.removeLast() }
        return String(text)
    }
}
