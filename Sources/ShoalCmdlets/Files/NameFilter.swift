// -Filter, -Include and -Exclude as Get-ChildItem, Get-Item and
// Remove-Item apply them: wildcards matched against item names.

import ShoalRuntime

struct NameFilter {
    let filter: Wildcard?
    let include: [Wildcard]
    let exclude: [Wildcard]

    init(context: CmdletContext) {
        filter = context.string("Filter").map { Wildcard($0) }
        include = context.value("Include")?.enumeratedItems.map { Wildcard(Conversion.toString($0)) } ?? []
        exclude = context.value("Exclude")?.enumeratedItems.map { Wildcard(Conversion.toString($0)) } ?? []
    }

    var isEmpty: Bool { filter == nil && include.isEmpty && exclude.isEmpty }

    func accepts(_ name: String) -> Bool {
        if let filter, !filter.matches(name) { return false }
        if !include.isEmpty, !include.contains(where: { $0.matches(name) }) { return false }
        return !exclude.contains { $0.matches(name) }
    }
}
