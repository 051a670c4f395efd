// Split-Path: the parent, leaf, base name, extension or qualifier of a
// path, or whether it is absolute. Pure string work unless -Resolve.

import ShoalRuntime

final class SplitPathCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Split-Path", synopsis: "Returns the specified part of a path.",
        parameters: [
            ParameterDescriptor("Path", type: "string[]", position: 0, pipeline: true, pipelineByPropertyName: true,
                                help: "The paths to split; they need not exist. Wildcards matter only with -Resolve."),
            ParameterDescriptor("LiteralPath", type: "string[]", pipelineByPropertyName: true, aliases: ["PSPath", "LP"],
                                help: "The paths to split, taken as written."),
            ParameterDescriptor("Parent", type: "switch", help: "Writes the parent folder (the default)."),
            ParameterDescriptor("Leaf", type: "switch", help: "Writes the last part, the file or folder name."),
            ParameterDescriptor("LeafBase", type: "switch", help: "Writes the last part without its extension."),
            ParameterDescriptor("Extension", type: "switch", help: "Writes the last part's extension with its dot ('' when it has none)."),
            ParameterDescriptor("Qualifier", type: "switch", help: "Writes the drive qualifier (env:); a path without one is an error."),
            ParameterDescriptor("NoQualifier", type: "switch", help: "Writes the path without its drive qualifier."),
            ParameterDescriptor("IsAbsolute", type: "switch", help: "Writes True when the path starts with / or a drive qualifier, else False."),
            ParameterDescriptor("Resolve", type: "switch", help: "Expands wildcards and keeps only the paths that exist before splitting."),
        ],
        description: "Returns a part of a path: the parent (the default), -Leaf, -LeafBase, -Extension, -Qualifier or -NoQualifier.",
        examples: [
            HelpExample("Take a path apart",
                        code: "Split-Path /var/log/nginx/access.log\nSplit-Path /var/log/nginx/access.log -Leaf\nSplit-Path /var/log/nginx/access.log -LeafBase\nSplit-Path /var/log/nginx/access.log -Extension",
                        output: "/var/log/nginx\naccess.log\naccess\n.log\n"),
            HelpExample("Drive qualifiers",
                        code: "Split-Path Temp:/cache/data.bin -Qualifier\nSplit-Path Temp:/cache/data.bin -NoQualifier",
                        output: "Temp:\n/cache/data.bin\n"),
            HelpExample("Which paths are absolute",
                        code: "'/etc/hosts', 'logs/app.log', '~/notes.txt' | ForEach-Object { '{0,-13} {1}' -f $_, (Split-Path $_ -IsAbsolute) }",
                        output: "/etc/hosts    True\nlogs/app.log  False\n~/notes.txt   False\n",
                        remarks: "A path starting with ~ is relative to the home folder, so it is not absolute."),
        ])

    func process(_ context: CmdletContext) throws {
        let resolver = PathResolver(context: context)
        let (written, literal) = resolver.requestedPaths()
        var paths = written
        if context.flag("Resolve") {
            paths = try written.flatMap { path -> [String] in try resolver.expand(path, literal: literal).filter(FileSystem.exists) }
        }
        for written in paths {
            // pwsh on Linux takes `\` as a separator too: `C:\Temp\x` splits as `C:/Temp/x`.
            let path = written.replacingOccurrences(of: "\\", with: "/")
            if context.flag("IsAbsolute") {
                // Rooted, or drive-qualified (`fs:/usr`); `~/` is relative to home, not absolute.
                try context.write(.bool(path.hasPrefix("/") || qualifierEnd(path) != nil))
            } else if context.flag("Qualifier") {
                guard let colon = qualifierEnd(path) else {
                    try context.writeError(ErrorRecord("Cannot parse the path because path '\(path)' does not have a qualifier specified.",
                                                       exceptionType: "System.Management.Automation.ParameterBindingException",
                                                       errorId: "ParsePathQualifierError", category: .invalidArgument,
                                                       target: .string(path)))
                    continue
                }
                try context.write(.string(String(path[...colon])))
            } else if context.flag("NoQualifier") {
                try context.write(.string(qualifierEnd(path).map { String(path[path.index(after: $0)...]) } ?? path))
            } else if context.flag("Leaf") {
                try context.write(.string(PathText.leaf(path)))
            } else if context.flag("LeafBase") {
                try context.write(.string(PathText.baseName(PathText.leaf(path))))
            } else if context.flag("Extension") {
                try context.write(.string(PathText.fileExtension(PathText.leaf(path))))
            } else {
                try context.write(.string(SplitPathCommand.parent(path)))
            }
        }
    }

    /// The parent as pwsh gives it: a drive's root keeps its slash (`C:/Temp` → `C:/`,
    /// `C:/` → nothing), a UNC-style `//server/share` → `//server`.
    static func parent(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        if trimmed.hasSuffix(":") { return "" }
        if trimmed.hasPrefix("//"), let slash = trimmed.lastIndex(of: "/"), slash > trimmed.index(trimmed.startIndex, offsetBy: 1) {
            return String(trimmed[..<slash])
        }
        let parent = PathText.parent(String(trimmed))
        return parent.hasSuffix(":") ? parent + "/" : parent
    }

    /// The `:` ending a drive qualifier such as `env:` (Linux paths have none).
    func qualifierEnd(_ path: String) -> String.Index? {
        guard let colon = path.firstIndex(of: ":") else { return nil }
        return path[..<colon].contains("/") ? nil : colon
    }
}
