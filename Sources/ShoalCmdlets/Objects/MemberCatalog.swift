// The members Get-Member lists for each kind of value, with PowerShell's
// definition strings (`int Length {get;}`, `string ToUpper()`,
// `int a=1`). Only members shoal implements are listed.

import ShoalRuntime

enum MemberCatalog {
    struct Member {
        let name: String
        let kind: String
        let definition: String
    }

    static let objectMethods = [
        Member(name: "Equals", kind: "Method", definition: "bool Equals(System.Object obj)"),
        Member(name: "GetHashCode", kind: "Method", definition: "int GetHashCode()"),
        Member(name: "GetType", kind: "Method", definition: "type GetType()"),
        Member(name: "ToString", kind: "Method", definition: "string ToString()"),
    ]

    /// A member table's rows, except the object methods listed for every value.
    static func rows(_ listing: [(name: String, kind: String, definition: String)]) -> [Member] {
        listing.filter { row in !objectMethods.contains { $0.name == row.name } }
            .map { Member(name: $0.name, kind: $0.kind, definition: $0.definition) }
    }

    // The members shoal implements, from the tables calls use.
    static let stringMembers = rows(StringMembers.table.listing)
    static let hashtableMembers = rows(HashtableMembers.table.listing)
    static let numberMembers = rows(NumberMembers.table.listing)
    static let scriptBlockMembers = rows(ScriptBlockMembers.table.listing)

    /// Every member of `value`, unsorted; the common object methods included.
    static func members(of value: Value) -> [Member] {
        var members = objectMethods
        if case .object(let object) = value, let base = object.baseValue {
            // An adorned value: its own members and the notes it carries.
            members = self.members(of: base)
        }
        switch value {
        case .string: members += stringMembers
        case .hashtable: members += hashtableMembers
        case .int, .double: members += numberMembers
        case .scriptBlock: members += scriptBlockMembers
        case .array:
            // (pwsh shows Count as an alias of Length.)
            members += ArrayMembers.table.listing.map { row in
                row.name == "Count" ? Member(name: "Count", kind: "AliasProperty", definition: "Count = Length")
                    : Member(name: row.name, kind: row.kind, definition: row.definition)
            }
        case .object(let object):
            for (_, entry) in object.properties {
                if case .scriptBlock = entry.value {
                    members.append(Member(name: entry.name, kind: "ScriptMethod", definition: "System.Object \(entry.name)();"))
                } else {
                    members.append(Member(name: entry.name, kind: "NoteProperty",
                                          definition: "\(shortTypeName(entry.value)) \(entry.name)=\(noteText(entry.value))"))
                }
            }
        case .native(let described as DescribedMembers):
            members += described.memberListing.map { Member(name: $0.name, kind: $0.kind, definition: $0.definition) }
        case .native(let native):
            for name in native.propertyNames {
                let type = native.property(name).map(shortTypeName) ?? "System.Object"
                members.append(Member(name: name, kind: "Property", definition: "\(type) \(name) {get;}"))
            }
        default: break
        }
        return members
    }

    static func noteText(_ value: Value) -> String {
        value.isNull ? "null" : Conversion.toString(value)
    }

    /// PowerShell's short names for common types in member definitions.
    static func shortTypeName(_ value: Value) -> String {
        switch Conversion.fullTypeName(of: value) {
        case "null": return "object"
        case "System.Int32": return "int"
        case "System.Int64": return "long"
        case "System.String": return "string"
        case "System.Double": return "double"
        case "System.Boolean": return "bool"
        case "System.Char": return "char"
        case "System.Collections.Hashtable": return "hashtable"
        case "System.DateTime": return "datetime"
        case "System.TimeSpan": return "timespan"
        case "System.Management.Automation.ScriptBlock": return "scriptblock"
        case "System.Object[]": return "Object[]"
        case let other: return other
        }
    }
}
