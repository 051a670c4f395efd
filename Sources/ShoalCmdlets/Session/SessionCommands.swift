// Aliases, locations and sleeping: the session cmdlets the language core
// needs for PowerShell's default aliases (`cd`, `pwd`, `sleep`).

import Glibc
import ShoalRuntime

public final class SetAliasCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Set-Alias", synopsis: "Creates or changes an alias for a cmdlet or other command.",
        parameters: [
            ParameterDescriptor("Name", type: "string", position: 0, mandatory: true),
            ParameterDescriptor("Value", type: "string", position: 1, mandatory: true),
            ParameterDescriptor("Scope", type: "string"), ParameterDescriptor("Force", type: "switch"),
            ParameterDescriptor("PassThru", type: "switch"),
        ])
    public init() {}
    public func process(_ context: CmdletContext) throws {
        let name = context.string("Name") ?? ""
        let value = context.string("Value") ?? ""
        context.runspace.aliases[name.lowercased()] = value
        if context.flag("PassThru") { try context.write(AliasInfo.make(name, value)) }
    }
}

public final class GetAliasCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Get-Alias", synopsis: "Gets the aliases for the current session.",
        parameters: [ParameterDescriptor("Name", type: "string[]", position: 0), ParameterDescriptor("Definition", type: "string[]")])
    public init() {}
    public func process(_ context: CmdletContext) throws {
        let patterns = context.value("Name")?.enumeratedItems.map { Wildcard(Conversion.toString($0)) }
        let definitions = context.value("Definition")?.enumeratedItems.map { Wildcard(Conversion.toString($0)) }
        var found = false
        for (name, target) in context.runspace.aliases.sorted(by: { $0.key < $1.key }) {
            if let patterns, !patterns.contains(where: { $0.matches(name) }) { continue }
            if let definitions, !definitions.contains(where: { $0.matches(target) }) { continue }
            found = true
            try context.write(AliasInfo.make(name, target))
        }
        if !found, let names = context.value("Name")?.enumeratedItems, names.count == 1, Wildcard(Conversion.toString(names[0])).isLiteral {
            try context.writeError("This command cannot find a matching alias because an alias with the name '\(Conversion.toString(names[0]))' does not exist.",
                                   id: "ItemNotFoundException", category: "ObjectNotFound", target: names[0],
                                   exceptionType: "System.Management.Automation.ItemNotFoundException")
        }
    }
}

enum AliasInfo {
    static func make(_ name: String, _ target: String) -> Value {
        let object = PSObject(typeName: "System.Management.Automation.AliasInfo")
        object.set("CommandType", .string("Alias"))
        object.set("Name", .string(name))
        object.set("Definition", .string(target))
        return .object(object)
    }
}

public final class GetLocationCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor("Get-Location", synopsis: "Gets the current working location.", parameters: [])
    public init() {}
    public func process(_ context: CmdletContext) throws { try context.write(.native(PathInfo(path: context.runspace.location))) }
}

public final class SetLocationCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Set-Location", synopsis: "Sets the current working location.",
        parameters: [ParameterDescriptor("Path", type: "string", position: 0, pipeline: true), ParameterDescriptor("PassThru", type: "switch")])
    public init() {}
    public func process(_ context: CmdletContext) throws {
        let runspace = context.runspace
        let target = context.string("Path").map { $0.isEmpty ? "~" : $0 } ?? "~"
        var path = runspace.resolvePath(target == "-" ? (runspace.variable("OLDPWD").map(Conversion.toString) ?? runspace.location) : target)
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
            try context.writeError("Cannot find path '\(path)' because it does not exist.", id: "PathNotFound",
                                   category: "ObjectNotFound", target: .string(path),
                                   exceptionType: "System.Management.Automation.ItemNotFoundException")
            return
        }
        runspace.globalScope.setLocal("oldpwd", .string(runspace.location))
        runspace.location = path
        if runspace.ownsProcessDirectory { _ = chdir(path) }
        if context.flag("PassThru") { try context.write(.native(PathInfo(path: path))) }
    }
}

public final class StartSleepCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Start-Sleep", synopsis: "Suspends the activity in a script or session for the specified period of time.",
        parameters: [
            ParameterDescriptor("Seconds", type: "double", position: 0, aliases: ["s"]),
            ParameterDescriptor("Milliseconds", type: "int", aliases: ["ms"]),
            ParameterDescriptor("Duration", type: "timespan"),
        ])
    public init() {}
    public func process(_ context: CmdletContext) throws {
        var seconds = 0.0
        if let value = context.value("Seconds"), case .double(let s) = value { seconds = s }
        if let value = context.value("Milliseconds"), case .int(let ms) = value { seconds = Double(ms) / 1000 }
        if case .native(let span as TimeSpanValue)? = context.value("Duration") { seconds = Double(span.ticks) / 1e7 }
        try context.runspace.sleep(seconds: seconds)
    }
}
