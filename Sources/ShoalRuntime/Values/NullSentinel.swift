// The .NET objects that stand for "no value" without being $null:
// `[DBNull]::Value` (a database's null) and `[NullString]::Value` (a null
// string passed to a .NET method). Both are single instances, so they compare
// equal to themselves, and `??` keeps them as it keeps any object.
// `[System.Management.Automation.Internal.AutomationNull]::Value` is shoal's
// $null itself: nothing in the pipeline, $null in an expression.

/// `[DBNull]::Value` or `[NullString]::Value`: an object that prints as nothing.
public final class NullSentinel: NativeObject, Sendable {
    public let typeName: String

    private init(_ typeName: String) { self.typeName = typeName }

    public static let dbNull = NullSentinel("System.DBNull")
    public static let nullString = NullSentinel("System.Management.Automation.Language.NullString")

    public var stringValue: String { "" }
    public func property(_ name: String) -> Value? { nil }

    /// `::Value` of the sentinel's type (nil: AutomationNull, which is $null).
    static func table(_ sentinel: NullSentinel?, _ type: String) -> MemberTable<StaticTarget> {
        MemberTable(methods: [], properties: [
            PropertyMember("Value", "static \(type) Value {get;}") { _ in sentinel.map { .native($0) } ?? .null },
        ])
    }

    static let dbNullStatics = table(dbNull, "System.DBNull")
    static let nullStringStatics = table(nullString, "System.Management.Automation.Language.NullString")
    static let automationNullStatics = table(nil, "psobject")
}
