// The drives that are not the file system: env:, variable:, function: and
// alias:, as the item cmdlets reach them (`Test-Path env:HOME`,
// `Get-ChildItem env:`, `Remove-Item function:f`, `Get-Content env:PATH`).

import ShoalRuntime
import ShoalSyntax

/// A path on one of the session's own drives: the drive and the item (a
/// name, a wildcard, or empty for the whole drive).
struct SessionDrivePath {
    enum Drive: String, CaseIterable { case env = "Env", variable = "Variable", function = "Function", alias = "Alias" }
    let drive: Drive
    let item: String

    /// `env:`, `Env:\HOME`, `env:/HOME`, `env:HOME`; nil for any other path.
    init?(_ path: String) {
        guard let colon = path.firstIndex(of: ":"),
              let drive = Drive.allCases.first(where: { $0.rawValue.lowercased() == path[..<colon].lowercased() }) else { return nil }
        self.drive = drive
        var rest = path[path.index(after: colon)...]
        while rest.first == "\\" || rest.first == "/" { rest.removeFirst() }
        item = String(rest)
    }

    /// Whether any path a cmdlet was given is on one of these drives.
    /// While the location is on a session drive, a relative path (or none) is on that drive.
    static func among(_ context: CmdletContext) -> [SessionDrivePath]? {
        let given = (context.valueIfDeclared("LiteralPath") ?? context.valueIfDeclared("Path"))?.enumeratedItems ?? []
        var texts = given.map(Conversion.toString)
        if texts.isEmpty, let current = context.runspace.sessionDriveLocation { texts = [current + ":"] }
        let paths = texts.compactMap { located($0, in: context.runspace) }
        return paths.isEmpty || paths.count != texts.count ? nil : paths
    }

    /// `text` as a path on a session drive: one that names the drive, or a relative
    /// path while the location is on one (`..` and `.` stay at its root).
    static func located(_ text: String, in runspace: Runspace) -> SessionDrivePath? {
        if let named = SessionDrivePath(text) { return named }
        guard let current = runspace.sessionDriveLocation, !text.hasPrefix("/"), !text.hasPrefix("~"), !text.contains(":") else {
            return nil
        }
        return SessionDrivePath(current + ":" + (text == ".." || text == "." ? "" : text))
    }

    /// The items the path names, with their names: every item for the whole
    /// drive, those a wildcard matches, else the one item if it exists.
    func items(_ runspace: Runspace) -> [(name: String, value: Value)] {
        let pattern = Wildcard(item.isEmpty ? "*" : item)
        return all(runspace).filter { pattern.matches($0.name) }
    }

    private func all(_ runspace: Runspace) -> [(name: String, value: Value)] {
        switch drive {
        case .env:
            return ProcessEnvironment.entries.compactMap(ProcessEnvironment.split).sorted { $0.name < $1.name }.map { entry in
                (entry.name, PSObject.dictionaryEntry(key: .string(entry.name), value: .string(entry.value)))
            }
        case .variable:
            return runspace.scope.visibleVariables().filter { !$0.name.contains(":") }.sorted { $0.name < $1.name }
                .map { ($0.box.spelling ?? $0.name, .native(VariableObject(name: $0.box.spelling ?? $0.name, box: $0.box))) }
        case .function:
            return CommandCatalog.functions(in: runspace).sorted { $0.name.lowercased() < $1.name.lowercased() }.map { function in
                (function.name, .native(CommandInfoObject(kind: function.isFilter ? .filter : .function, name: function.name,
                                                         definition: function.block.text, function: function)))
            }
        case .alias:
            return runspace.aliases.all.map { ($0.name, .native(CommandInfoObject.alias($0))) }
        }
    }

    /// What Get-Content reads from the item: a variable's value, a
    /// function's text, an alias's command, an environment variable's value.
    func content(_ runspace: Runspace) -> [Value] {
        items(runspace).map { _, value in
            switch value {
            case .object(let pair): return pair["Value"] ?? .null
            case .native(let variable as VariableObject): return variable.box.value
            case .native(let command as CommandInfoObject): return command.property("Definition") ?? .null
            default: return value
            }
        }
    }

    /// Sets (creating) the item, as Set-Item and New-Item do; a read-only
    /// variable or alias only with `force`, a constant one never.
    func set(_ value: Value, _ runspace: Runspace, force: Bool, span: SourceSpan?) throws {
        switch drive {
        case .env:
            let text = Conversion.toString(value)
            ProcessEnvironment.set(item, value.isNull || text.isEmpty ? nil : text)
        case .variable:
            if let box = runspace.scope.lookup(item.lowercased()), box.isProtected(force: force) {
                let record = VariableBox.notWritable(item)
                record.span = span
                throw ScriptError(record)
            }
            runspace.scope.setLocal(item.lowercased(), value)
        case .function:
            let place = span ?? SourceSpan(file: SourceFile(name: "function:" + item, text: ""), start: 0, end: 0)
            try runspace.setFunction(item, to: value, span: place)
        case .alias:
            try runspace.aliases.define(item, as: Conversion.toString(value), force: force, at: span)
        }
    }

    /// Removes one item by its name; false when there is none. A read-only
    /// variable or alias goes only with `force`, a constant one never.
    func remove(_ name: String, _ runspace: Runspace, force: Bool) throws -> Bool {
        switch drive {
        case .env:
            guard ProcessEnvironment.get(name) != nil else { return false }
            ProcessEnvironment.set(name, nil)
            return true
        case .variable:
            var scope: Scope? = runspace.scope
            while let current = scope {
                if let box = current.localBox(name.lowercased()), box.isProtected(force: force) {
                    throw ScriptError(VariableBox.notRemovable(name))
                }
                if current.removeLocal(name.lowercased()) { return true }
                scope = current.parent
            }
            return false
        case .function:
            return runspace.removeFunction(name.lowercased())
        case .alias:
            if let alias = runspace.aliases.protected(name, force: force) { throw ScriptError(AliasTable.notRemovable(alias.name)) }
            return runspace.aliases.remove(name) != nil
        }
    }

    /// pwsh's error for an item that is not there.
    func notFound() -> ErrorRecord {
        ErrorRecord("Cannot find path '\(drive.rawValue):\\\(item)' because it does not exist.",
                    exceptionType: "System.Management.Automation.ItemNotFoundException", errorId: "PathNotFound",
                    category: .objectNotFound, target: .string("\(drive.rawValue):\\\(item)"))
    }
}

extension SessionDrivePath {
    /// Writes the items each drive path names (Get-ChildItem, Get-Item);
    /// `missingIsError`: a name that matches nothing is PathNotFound.
    static func writeItems(_ paths: [SessionDrivePath], missingIsError: Bool, _ context: CmdletContext) throws {
        for path in paths {
            let items = path.items(context.runspace)
            if items.isEmpty, missingIsError, !path.item.isEmpty, !PathText.hasWildcard(path.item) {
                try context.writeError(path.notFound())
            }
            for (_, value) in items { try context.write(value) }
        }
    }
}
