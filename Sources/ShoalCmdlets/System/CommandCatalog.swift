// Every command a name can reach, in PowerShell's precedence order
// (alias, function, cmdlet, external program), for Get-Command and
// Get-Help: cmdlets from the registry, aliases from the runspace, script
// functions from the scope chain and programs from $env:PATH.

import Glibc
import ShoalRuntime

enum CommandCatalog {
    /// Commands whose names match `pattern`; for a literal name only the one
    /// that would run, unless `all` is set. Programs are included only when
    /// asked for, as Get-Command without a name leaves them out.
    static func commands(matching pattern: Wildcard, literal: String?, in runspace: Runspace, all: Bool,
                         includeApplications: Bool) -> [CommandInfoObject] {
        var found: [CommandInfoObject] = []
        for alias in runspace.aliases.all where pattern.matches(alias.name) {
            found.append(.alias(alias, writtenAs: literal))
        }
        for function in functions(in: runspace) where pattern.matches(function.name) {
            found.append(CommandInfoObject(kind: function.isFilter ? .filter : .function, name: function.name,
                                           definition: function.block.text, function: function))
        }
        for cmdlet in runspace.registry.allCmdlets where pattern.matches(cmdlet.descriptor.name) {
            found.append(CommandInfoObject(kind: .cmdlet, name: cmdlet.descriptor.name,
                                           definition: CommandSyntax.lines(for: cmdlet).joined(separator: "\n"), cmdlet: cmdlet))
        }
        if includeApplications {
            for (name, path) in applications(matching: pattern, literal: literal, all: all) {
                found.append(CommandInfoObject(kind: .application, name: name, definition: path, path: path))
            }
        }
        found.sort { ($0.kind.order, $0.name.lowercased()) < ($1.kind.order, $1.name.lowercased()) }
        if literal != nil, !all, let first = found.first { return [first] }
        return found
    }

    /// Script functions visible from the current scope, innermost first.
    static func functions(in runspace: Runspace) -> [FunctionInfo] {
        var seen = Set<String>()
        var result: [FunctionInfo] = []
        var scope: Scope? = runspace.scope
        while let current = scope {
            for function in definedFunctions(current) where seen.insert(function.name.lowercased()).inserted {
                result.append(function)
            }
            scope = current.parent
        }
        return result
    }

    /// The functions one scope defines.
    static func definedFunctions(_ scope: Scope) -> [FunctionInfo] { Array(scope.localFunctions.values) }

    /// Executable files on $PATH: the first of each name, or every one with `all`.
    static func applications(matching pattern: Wildcard, literal: String?, all: Bool) -> [(name: String, path: String)] {
        if let literal, literal.contains("/") {
            return isExecutableFile(literal) ? [(String(literal.split(separator: "/").last ?? ""), literal)] : []
        }
        var seen = Set<String>()
        var result: [(String, String)] = []
        for directory in searchPath {
            let names = literal.map { [$0] } ?? entries(of: directory).filter { pattern.matches($0) }
            for name in names {
                let path = directory + "/" + name
                guard isExecutableFile(path), all || seen.insert(name).inserted else { continue }
                result.append((name, path))
            }
        }
        return result
    }

    static var searchPath: [String] {
        guard let raw = getenv("PATH") else { return [] }
        return String(cString: raw).split(separator: ":").map(String.init).filter { !$0.isEmpty }
    }

    static func entries(of directory: String) -> [String] {
        DirectoryListing.names(directory) ?? []
    }

    static func isExecutableFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG && access(path, X_OK) == 0
    }
}
