// A counter path as Windows writes it: `[\\computer]\Object[(instance)]\Counter`,
// with wildcards allowed in the instance and the counter.

struct CounterPath {
    let written: String
    let computer: String?
    let object: String
    let instance: String?
    let counter: String

    /// nil when the text is not a counter path at all.
    init?(_ text: String) {
        written = text
        var rest = Substring(text)
        if rest.hasPrefix("\\\\") {
            rest = rest.dropFirst(2)
            guard let slash = rest.firstIndex(of: "\\") else { return nil }
            computer = String(rest[..<slash])
            rest = rest[slash...]
        } else {
            computer = nil
        }
        guard rest.hasPrefix("\\"), let last = rest.lastIndex(of: "\\"), last != rest.startIndex else { return nil }
        counter = String(rest[rest.index(after: last)...])
        var objectPart = rest[rest.index(after: rest.startIndex)..<last]
        if objectPart.hasSuffix(")"), let open = objectPart.firstIndex(of: "(") {
            instance = String(objectPart[objectPart.index(after: open)..<objectPart.index(before: objectPart.endIndex)])
            objectPart = objectPart[..<open]
        } else {
            instance = nil
        }
        object = String(objectPart)
        if object.isEmpty || counter.isEmpty || object.contains("\\") { return nil }
    }
}
