// -Filter, -Include and -Exclude as Get-ChildItem, Get-Item and
// Remove-Item apply them: wildcards matched against item names.

import ShoalRuntime

struct NameFilter {
    let filter: FilterPattern?
    let patterns: WildcardFilter
    /// -Include as written (nil when not given or empty).
    let includes: [String]?
    let excludes: [String]?

    init(context: CmdletContext) {
        // Select-String shares the filter but has no -Filter.
        filter = context.valueIfDeclared("Filter").map { FilterPattern(Conversion.toString($0)) }
        // An empty -Include filters nothing here (for -Name, nothing matches).
        let include = context.value("Include")?.strings
        includes = include?.isEmpty == false ? include : nil
        excludes = context.value("Exclude")?.strings
        patterns = WildcardFilter(includes, exclude: excludes)
    }

    private init(filter: FilterPattern?, includes: [String]?, excludes: [String]?) {
        self.filter = filter
        self.includes = includes
        self.excludes = excludes
        patterns = WildcardFilter(includes, exclude: excludes)
    }

    /// The same filter with `pattern` as its -Include.
    func including(_ pattern: String) -> NameFilter {
        NameFilter(filter: filter, includes: [pattern], excludes: excludes)
    }

    var isEmpty: Bool { filter == nil && patterns.isEmpty }

    func accepts(_ name: String) -> Bool {
        if let filter, !filter.matches(name) { return false }
        return patterns.admits(name)
    }
}

/// A -Filter pattern, matched as .NET matches it on Linux too (its Win32
/// rules): a `.*` or `.` at the end also admits a name with no extension,
/// so `*.*` is every name and `noext*.*` finds `noextension`.
struct FilterPattern {
    let wildcard: Wildcard
    /// The pattern without its `.*` or `.` ending, for names without a dot.
    let withoutExtension: Wildcard?

    init(_ pattern: String) {
        wildcard = Wildcard(pattern)
        if pattern.hasSuffix(".*") {
            withoutExtension = Wildcard(String(pattern.dropLast(2)))
        } else if pattern.hasSuffix("."), pattern != ".", pattern != ".." {
            withoutExtension = Wildcard(String(pattern.dropLast()))
        } else {
            withoutExtension = nil
        }
    }

    func matches(_ name: String) -> Bool {
        if wildcard.matches(name) { return true }
        guard let withoutExtension, !name.contains(".") else { return false }
        return withoutExtension.matches(name)
    }
}
