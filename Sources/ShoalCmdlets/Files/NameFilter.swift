// -Filter, -Include and -Exclude as Get-ChildItem, Get-Item and
// Remove-Item apply them: wildcards matched against item names.

import ShoalRuntime

struct NameFilter {
    let filter: Wildcard?
    let patterns: WildcardFilter

    init(context: CmdletContext) {
        // Select-String shares the filter but has no -Filter.
        filter = context.valueIfDeclared("Filter").map { Wildcard(Conversion.toString($0)) }
        // An empty -Include filters nothing here (for -Name, nothing matches).
        let include = context.value("Include")?.strings
        patterns = WildcardFilter(include?.isEmpty == false ? include : nil, exclude: context.value("Exclude")?.strings)
    }

    var isEmpty: Bool { filter == nil && patterns.isEmpty }

    func accepts(_ name: String) -> Bool {
        if let filter, !filter.matches(name) { return false }
        return patterns.admits(name)
    }
}
