// Pure string operations on Linux paths: normalising `.` and `..`,
// splitting into parent and leaf, extensions, relative paths. Nothing
// here touches the disk.

enum PathText {
    /// An absolute path with `//`, `.` and `..` folded and no trailing `/`.
    static func normalize(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/", omittingEmptySubsequences: true) {
            if part == "." { continue }
            if part == ".." { if !parts.isEmpty { parts.removeLast() }; continue }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The directory part: `/a/b` → `/a`, `/a` → `/`, `a` → ``, `/` → ``.
    static func parent(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        if trimmed == "/" { return "" }
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        if slash == trimmed.startIndex { return "/" }
        var result = trimmed[..<slash]
        while result.count > 1, result.hasSuffix("/") { result.removeLast() }
        return String(result)
    }

    /// The last component: `/a/b/` → `b`.
    static func leaf(_ path: String) -> String {
        var trimmed = Substring(path)
        while trimmed.count > 1, trimmed.hasSuffix("/") { trimmed.removeLast() }
        if trimmed == "/" { return "" }
        guard let slash = trimmed.lastIndex(of: "/") else { return String(trimmed) }
        return String(trimmed[trimmed.index(after: slash)...])
    }

    /// .NET's Path.GetExtension: `.txt`, `` when there is none (`.bashrc` is all extension).
    static func fileExtension(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.index(before: name.endIndex) else { return "" }
        return String(name[dot...])
    }

    /// .NET's Path.GetFileNameWithoutExtension.
    static func baseName(_ name: String) -> String {
        let ext = fileExtension(name)
        return String(name.dropLast(ext.count))
    }

    /// Joins two path pieces with exactly one `/` between them.
    static func join(_ base: String, _ child: String) -> String {
        if base.isEmpty { return child }
        if child.isEmpty { return base }
        var left = Substring(base)
        while left.count > 1, left.hasSuffix("/") { left.removeLast() }
        var right = Substring(child)
        while right.hasPrefix("/") { right.removeFirst() }
        if left == "/" { return "/" + right }
        return left + "/" + right
    }

    /// `target` relative to the directory `base`, PowerShell style (`./x`, `../x`).
    static func relative(_ target: String, from base: String) -> String {
        let targetParts = target.split(separator: "/"), baseParts = base.split(separator: "/")
        var common = 0
        while common < targetParts.count, common < baseParts.count, targetParts[common] == baseParts[common] { common += 1 }
        let ups = Array(repeating: "..", count: baseParts.count - common)
        let rest = targetParts[common...].map(String.init)
        if ups.isEmpty { return "./" + rest.joined(separator: "/") }
        return (ups + rest).joined(separator: "/")
    }

    /// Whether a path has PowerShell wildcard characters.
    static func hasWildcard(_ path: String) -> Bool {
        path.contains { $0 == "*" || $0 == "?" || $0 == "[" }
    }
}
