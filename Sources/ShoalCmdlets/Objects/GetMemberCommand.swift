// Get-Member: lists the members of each distinct type of input object as
// MemberDefinition objects (TypeName, Name, MemberType, Definition),
// sorted by member type and then name as PowerShell sorts them. The member
// lists are what shoal implements: note properties of PSCustomObjects,
// the declared properties of native objects, and the common methods of
// strings, numbers, arrays and hashtables.

import ShoalRuntime

public final class GetMemberCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Get-Member", synopsis: "Gets the properties and methods of objects.",
        parameters: [
            ParameterDescriptor("Name", type: "string[]", position: 0, help: "Lists only the members with these names; wildcards are allowed."),
            ParameterDescriptor("InputObject", pipeline: true, help: "The objects whose members are listed, one listing per type (piped). Given with -InputObject, a collection's own members are listed instead of its elements'."),
            ParameterDescriptor("MemberType", type: "string[]", aliases: ["Type"], validateSet: AddMemberCommand.memberTypes, help: "Lists only members of these kinds, such as Property, NoteProperty, ScriptProperty or Method; Properties and Methods cover every kind of property or method."),
            ParameterDescriptor("View", type: "string", validateSet: ["Extended", "Adapted", "Base", "All"], help: "Accepted; shoal ignores it."),
            ParameterDescriptor("Static", type: "switch", help: "Lists the static members of the type (the input's type, or the [type] piped in) instead of the instance members."),
            ParameterDescriptor("Force", type: "switch", help: "Accepted; shoal ignores it."),
        ],
        description: "Lists the properties and methods of the objects piped to it, grouped by their type (the TypeName line); -MemberType and -Name narrow the list.",
        examples: [
            HelpExample("The properties of an object",
                        code: "[pscustomobject]@{ Name = 'web1'; Port = 80 } | Get-Member -MemberType NoteProperty | ForEach-Object Name",
                        output: "Name\nPort\n"),
            HelpExample("Every member of an object, with its type",
                        code: "[pscustomobject]@{ Name = 'web1'; Port = 80 } | Get-Member",
                        output: "\n   TypeName: System.Management.Automation.PSCustomObject\n\nName        MemberType   Definition\n----        ----------   ----------\nEquals      Method       bool Equals(System.Object obj)\nGetHashCode Method       int GetHashCode()\nGetType     Method       type GetType()\nToString    Method       string ToString()\nName        NoteProperty string Name=web1\nPort        NoteProperty int Port=80\n\n"),
            HelpExample("The members of a collection, not of its elements",
                        code: "$hosts = 'web1', 'web2'\n($hosts | Get-Member).TypeName | Select-Object -Unique\nGet-Member -InputObject $hosts -Name Count, Length",
                        output: "System.String\n\n   TypeName: System.Object[]\n\nName   MemberType    Definition\n----   ----------    ----------\nCount  AliasProperty Count = Length\nLength Property      int Length {get;}\n\n",
                        remarks: "Piped, the array is unrolled and Get-Member describes the strings; -InputObject describes the array itself."),
        ])
    public init() {}

    var seenTypes: Set<String> = []
    var sawInput = false

    public func process(_ context: CmdletContext) throws {
        guard let item = context.currentItem, !item.isNull else { return }
        sawInput = true
        // -Static: the members of the type given (or of the object's type).
        let staticType: TypeObject? = !context.flag("Static") ? nil : {
            if case .native(let type as TypeObject) = item { return type }
            return TypeObject(name: Conversion.fullTypeName(of: item))
        }()
        let typeName = staticType?.fullName ?? GetMemberCommand.typeName(of: item)
        guard seenTypes.insert(typeName).inserted else { return }
        let names = context.value("Name")?.enumeratedItems.map { Wildcard(Conversion.toString($0)) }
        let kinds = context.value("MemberType")?.enumeratedItems.map(Conversion.toString)
        let all = staticType.map { $0.staticMemberListing.map { MemberCatalog.Member(name: $0.name, kind: $0.kind, definition: $0.definition) } }
            ?? MemberCatalog.members(of: item)
        let members = all.filter { member in
            (names?.contains { $0.matches(member.name) } ?? true) && (kinds?.contains { GetMemberCommand.kind(member.kind, matches: $0) } ?? true)
        }
        let sorted = members.sorted {
            $0.kind != $1.kind ? $0.kind < $1.kind : $0.name.lowercased() < $1.name.lowercased()
        }
        for member in sorted {
            try context.write(.native(MemberDefinition(typeName: typeName, name: member.name, kind: member.kind,
                                                       definition: member.definition)))
        }
    }

    public func end(_ context: CmdletContext) throws {
        if !sawInput {
            try context.writeError(ErrorRecord("You must specify an object for the Get-Member cmdlet.",
                                               exceptionType: "System.InvalidOperationException", errorId: "NoObjectInGetMember",
                                               category: .closeError))
        }
    }

    /// `Properties` and `Methods` cover every kind of property or method.
    static func kind(_ kind: String, matches requested: String) -> Bool {
        switch requested.lowercased() {
        case "all": return true
        case "properties": return kind.hasSuffix("Property")
        case "methods": return kind.hasSuffix("Method")
        default: return kind.lowercased() == requested.lowercased()
        }
    }

    /// The type Get-Member reports: a Select-Object result's `Selected.` name first.
    static func typeName(of item: Value) -> String {
        if case .object(let object) = item, let selected = object.typeNames.first(where: { $0.hasPrefix("Selected.") }) {
            return selected
        }
        return Conversion.fullTypeName(of: item)
    }
}

/// `Microsoft.PowerShell.Commands.MemberDefinition`.
final class MemberDefinition: TabularObject {
    let memberTypeName: String
    let name: String
    let kind: String
    let definition: String

    init(typeName: String, name: String, kind: String, definition: String) {
        self.memberTypeName = typeName
        self.name = name
        self.kind = kind
        self.definition = definition
    }

    var typeName: String { "Microsoft.PowerShell.Commands.MemberDefinition" }
    var stringValue: String { definition }
    var propertyNames: [String] { ["Name", "MemberType", "Definition"] }

    func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "typename": return .string(memberTypeName)
        case "name": return .string(self.name)
        case "membertype": return .string(kind)
        case "definition": return .string(definition)
        default: return nil
        }
    }
}
