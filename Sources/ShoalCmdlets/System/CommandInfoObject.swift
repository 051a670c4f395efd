// What Get-Command and the alias cmdlets return: PowerShell's CommandInfo
// family (AliasInfo, FunctionInfo, CmdletInfo, ApplicationInfo) as one
// object whose CommandType says which it is.

import ShoalRuntime

final class CommandInfoObject: TabularObject, TypeHierarchyObject {
    enum Kind: String {
        case alias = "Alias", function = "Function", filter = "Filter", cmdlet = "Cmdlet", application = "Application"

        /// PowerShell's CommandTypes order, which Get-Command sorts by.
        var order: Int { [.alias, .function, .filter, .cmdlet, .application].firstIndex(of: self) ?? 0 }
    }

    let kind: Kind
    let name: String
    /// The alias target, the function body, the cmdlet's syntax or the program's path.
    let definition: String
    let path: String?
    let cmdlet: RegisteredCmdlet?
    let function: FunctionInfo?
    /// An alias's entry (its options and description).
    var alias: AliasTable.Alias?

    /// The base type every kind shares, as in pwsh.
    static let baseTypeName = "System.Management.Automation.CommandInfo"

    var baseTypeNames: [String] { [CommandInfoObject.baseTypeName, "System.Object"] }

    /// pwsh's CommandInfo table: CommandType 15 wide, Name 50 (an alias
    /// shown as `gci -> Get-ChildItem`), Version 10, then Source. One view
    /// for the base type, as pwsh selects it for every kind: a mixed list
    /// of commands is one table.
    static func registerView(into registry: CommandRegistry) {
        let columns = [
            FormatViewColumn("CommandType", width: 15),
            FormatViewColumn("Name", width: 50) { command in
                let isAlias = OutputFormatter.propertyValue(of: command, named: "CommandType").map(Conversion.toString) == "Alias"
                return OutputFormatter.propertyValue(of: command, named: isAlias ? "DisplayName" : "Name") ?? .null
            },
            FormatViewColumn("Version", width: 10),
            FormatViewColumn("Source"),
        ]
        registry.registerTable(typeName: CommandInfoObject.baseTypeName, columns: columns)
    }

    init(kind: Kind, name: String, definition: String, path: String? = nil, cmdlet: RegisteredCmdlet? = nil,
         function: FunctionInfo? = nil) {
        self.kind = kind
        self.name = name
        self.definition = definition
        self.path = path
        self.cmdlet = cmdlet
        self.function = function
    }

    /// `alias`, named as `writtenAs` when given (Get-Command shows the name as typed).
    static func alias(_ alias: AliasTable.Alias, writtenAs: String? = nil) -> CommandInfoObject {
        let info = CommandInfoObject(kind: .alias, name: writtenAs ?? alias.name, definition: alias.definition)
        info.alias = alias
        return info
    }

    var typeName: String { CommandInfoObject.typeName(of: kind) }

    static func typeName(of kind: Kind) -> String {
        switch kind {
        case .alias: return "System.Management.Automation.AliasInfo"
        case .function: return "System.Management.Automation.FunctionInfo"
        case .filter: return "System.Management.Automation.FilterInfo"
        case .cmdlet: return "System.Management.Automation.CmdletInfo"
        case .application: return "System.Management.Automation.ApplicationInfo"
        }
    }

    var stringValue: String { kind == .application ? (path ?? name) : name }
    var propertyNames: [String] { ["CommandType", "Name", "Version", "Source"] }

    func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "commandtype": return EnumType.value("System.Management.Automation.CommandTypes", kind.rawValue)
        case "name": return .string(self.name)
        case "displayname": return .string(kind == .alias ? "\(self.name) -> \(definition)" : self.name)
        case "definition": return .string(definition)
        case "source" where kind == .cmdlet, "modulename" where kind == .cmdlet: return .string(ModuleCatalog.module(ofCommand: self.name))
        case "version" where kind == .cmdlet: return .string(ModuleCatalog.version(ofCommand: self.name))
        case "version": return .string(kind == .application ? "0.0.0.0" : "")
        case "source", "path": return .string(path ?? "")
        case "modulename": return .string("")
        case "verb": return verbAndNoun.map { .string($0.verb) } ?? .string("")
        case "noun": return verbAndNoun.map { .string($0.noun) } ?? .string("")
        case "referencedcommand", "resolvedcommandname", "resolvedcommand":
            return kind == .alias ? .string(definition) : nil
        case "scriptblock": return function.map { .scriptBlock($0.block) }
        case "options" where kind == .alias: return .string(alias?.options ?? "None")
        case "description" where kind == .alias: return .string(alias?.description ?? "")
        case "parameters": return parameterTable
        default: return nil
        }
    }

    var verbAndNoun: (verb: String, noun: String)? {
        guard kind == .cmdlet || kind == .function || kind == .filter, let dash = name.firstIndex(of: "-") else { return nil }
        return (String(name[..<dash]), String(name[name.index(after: dash)...]))
    }

    /// `Parameters`: the parameter names, as keys of a table.
    var parameterTable: Value? {
        let names = cmdlet.map { $0.descriptor.parameters.map(\.name) }
            ?? function.map { $0.block.ast.paramBlock?.parameters.map(\.variable.name) ?? [] }
        guard let names else { return nil }
        let table = HashtableValue()
        for parameterName in names { table[string: parameterName] = .string(parameterName) }
        return .hashtable(table)
    }
}
