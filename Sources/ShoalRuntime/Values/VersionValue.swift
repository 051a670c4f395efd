// `[version]`: .NET's System.Version, compared part by part
// (`[version]'1.2.3' -lt [version]'1.10'`), and what $PSVersionTable's
// PSVersion compares with.

/// `System.Version`: two to four parts; an unwritten part is -1.
public final class VersionValue: TabularObject, Sendable {
    public let parts: [Int]

    public init(parts: [Int]) { self.parts = parts }

    /// `1.2`, `1.2.3`, `1.2.3.4` (blanks around allowed); nil otherwise.
    public static func parse(_ text: String) -> VersionValue? {
        let pieces = text.trimmingCharacters().split(separator: ".", omittingEmptySubsequences: false)
        guard (2...4).contains(pieces.count) else { return nil }
        var parts: [Int] = []
        for piece in pieces {
            guard let number = Int(piece), number >= 0 else { return nil }
            parts.append(number)
        }
        return VersionValue(parts: parts)
    }

    func part(_ index: Int) -> Int { index < parts.count ? parts[index] : -1 }

    public var typeName: String { "System.Version" }
    public var stringValue: String { parts.map(String.init).joined(separator: ".") }
    public var propertyNames: [String] { ["Major", "Minor", "Build", "Revision", "MajorRevision", "MinorRevision"] }

    public func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "major": return .int(part(0))
        case "minor": return .int(part(1))
        case "build": return .int(part(2))
        case "revision": return .int(part(3))
        case "majorrevision": return .int(part(3) < 0 ? -1 : part(3) >> 16)
        case "minorrevision": return .int(part(3) < 0 ? -1 : part(3) & 0xFFFF)
        default: return nil
        }
    }

    public func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? {
        switch (method.lowercased(), arguments.count) {
        case ("compareto", 1):
            guard let other = VersionValue.of(arguments[0]) else { return .int(1) }
            return .int(compare(other))
        case ("tostring", 0): return .string(stringValue)
        case ("tostring", 1):
            let count = (try? TypeConversion.toInteger(arguments[0], "System.Int32", nil)) ?? parts.count
            guard (0...parts.count).contains(count) else {
                throw ScriptError.methodInvocation("ToString", argumentCount: 1, inner: ExceptionObject(
                    message: "Argument must be between 0 and \(parts.count). (Parameter 'fieldCount')", typeName: "System.ArgumentException"),
                    at: nil)
            }
            return .string(parts.prefix(count).map(String.init).joined(separator: "."))
        case ("equals", 1): return .bool(VersionValue.of(arguments[0]).map { compare($0) == 0 } ?? false)
        default: return nil
        }
    }

    /// .NET's order: part by part, an unwritten part before any written one.
    public func compare(_ other: VersionValue) -> Int {
        for index in 0..<4 where part(index) != other.part(index) {
            return part(index) < other.part(index) ? -1 : 1
        }
        return 0
    }

    /// `$PSVersionTable.PSVersion` as a version, to compare with one.
    convenience init(_ semantic: VersionObject) { self.init(parts: [semantic.major, semantic.minor, semantic.build]) }

    /// A value as a version: a version, PowerShell's own version, or text.
    static func of(_ value: Value) -> VersionValue? {
        switch value.unwrapped {
        case .native(let version as VersionValue): return version
        case .native(let semantic as VersionObject): return VersionValue(semantic)
        case .string(let text): return parse(text)
        default: return nil
        }
    }
}
