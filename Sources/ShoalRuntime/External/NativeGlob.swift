// Wildcard expansion of native arguments on Unix, as pwsh does it
// (PossiblyGlobArg): an unquoted argument with `*`, `?` or `[` is matched
// against the file system with PowerShell's wildcards (case-insensitive,
// hidden files skipped); each match is its own argument, directories
// before files, each sorted by name. A pattern that matches nothing is
// passed as written. `~` and `~/...` are the home directory.

import Glibc

enum NativeGlob {
    /// The arguments `pattern` stands for, or nil to pass it unchanged.
    static func expand(_ pattern: String, location: String, home: String) -> [String]? {
        if pattern == "~" { return [home] }
        let hasWildcard = containsWildcard(pattern)
        if pattern.hasPrefix("~/") {
            let expanded = home + pattern.dropFirst()
            if !hasWildcard { return [expanded] }
            return matches(expanded, location: location, relative: false)
        }
        guard hasWildcard else { return nil }
        return matches(pattern, location: location, relative: !pattern.hasPrefix("/"))
    }

    /// True when the text has an unescaped wildcard character.
    static func containsWildcard(_ text: String) -> Bool {
        var escaped = false
        for c in text {
            if escaped { escaped = false; continue }
            if c == "`" { escaped = true; continue }
            if c == "*" || c == "?" || c == "[" { return true }
        }
        return false
    }

    private static func matches(_ pattern: String, location: String, relative: Bool) -> [String]? {
        // Candidates are (path to show, path on disk) pairs.
        var candidates: [(shown: String, full: String)] = relative ? [("", location)] : [("", "")]
        let components = pattern.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        for (index, component) in components.enumerated() {
            let isLast = index == components.count - 1
            var next: [(shown: String, full: String)] = []
            if containsWildcard(component) {
                let wildcard = Wildcard(component)
                for candidate in candidates {
                    let directory = candidate.full.isEmpty ? "/" : candidate.full
                    for entry in sortedEntries(of: directory) where !entry.name.hasPrefix(".") && wildcard.matches(entry.name) {
                        guard isLast || entry.isDirectory else { continue }
                        next.append((join(candidate.shown, entry.name, absolute: !relative),
                                     join(candidate.full, entry.name, absolute: true)))
                    }
                }
            } else {
                let name = unescape(component)
                for candidate in candidates {
                    let full = join(candidate.full, name, absolute: true)
                    var info = stat()
                    guard stat(full, &info) == 0, isLast || (info.st_mode & S_IFMT) == S_IFDIR else { continue }
                    // `./` and `..` stay as written; a leading `./` is dropped as pwsh normalises it.
                    let shown = name == "." && candidate.shown.isEmpty ? "" : join(candidate.shown, name, absolute: !relative)
                    next.append((shown, full))
                }
            }
            candidates = next
            if candidates.isEmpty { return nil }
        }
        let results = candidates.map(\.shown).filter { !$0.isEmpty }
        return results.isEmpty ? nil : results
    }

    private static func join(_ base: String, _ name: String, absolute: Bool) -> String {
        if base.isEmpty { return absolute ? "/" + name : name }
        return base.hasSuffix("/") ? base + name : base + "/" + name
    }

    private static func unescape(_ text: String) -> String {
        guard text.contains("`") else { return text }
        var result = ""
        var escaped = false
        for c in text {
            if !escaped, c == "`" { escaped = true; continue }
            escaped = false
            result.append(c)
        }
        return result
    }

    /// A directory's entries, directories first, then files, each by name ignoring case.
    private static func sortedEntries(of directory: String) -> [(name: String, isDirectory: Bool)] {
        var entries: [(name: String, isDirectory: Bool)] = []
        for name in DirectoryListing.names(directory) ?? [] {
            var info = stat()
            let isDirectory = stat(directory + "/" + name, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
            entries.append((name, isDirectory))
        }
        return entries.sorted { a, b in
            if a.isDirectory != b.isDirectory { return a.isDirectory }
            return a.name.lowercased() < b.name.lowercased()
        }
    }
}

extension Runspace {
    /// `$HOME`, else the environment's, else `/`.
    var homeDirectory: String {
        if let home = variable("HOME"), !home.isNull { return Conversion.toString(home) }
        return getenv("HOME").map { String(cString: $0) } ?? "/"
    }
}
