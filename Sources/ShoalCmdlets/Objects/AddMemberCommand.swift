// Add-Member: adds note properties (-NotePropertyName/-NotePropertyValue,
// -NotePropertyMembers, or `-MemberType NoteProperty -Name -Value`), script
// methods, script properties and alias properties to PSCustomObjects, and
// to any other value by wrapping it (see `PSObject.baseValue`).
// Positional arguments follow PowerShell: `Add-Member NoteProperty x 1`
// names a member type first, `Add-Member x 1` is a note property.
//
// shoal's PSObject holds plain values only, so a ScriptMethod is stored as
// its script block (method calls on PSObjects already run such blocks with
// `$this`), and ScriptProperty and AliasProperty values are computed once,
// when the member is added (see the report: the runtime needs getter
// members for a live value).

import ShoalRuntime

public final class AddMemberCommand: Cmdlet {
    static let memberTypes = ["AliasProperty", "CodeProperty", "Property", "NoteProperty", "ScriptProperty", "Properties",
                              "PropertySet", "Method", "CodeMethod", "ScriptMethod", "Methods", "ParameterizedProperty",
                              "MemberSet", "Event", "Dynamic", "InferredProperty", "All"]

    public static let descriptor = CmdletDescriptor(
        "Add-Member", synopsis: "Adds custom properties and methods to an instance of a PowerShell object.",
        parameters: [
            // Either a member type and then Name, Value, SecondValue, or a
            // note property's name and value; sorted out in `begin`.
            ParameterDescriptor("MemberType", position: 0, aliases: ["Type"], remainingArguments: true, help: "The kind of member: NoteProperty, ScriptProperty, AliasProperty or ScriptMethod. A first positional argument that is not a member type is taken as a note property's name instead."),
            ParameterDescriptor("Name", type: "string", position: 1, help: "The new member's name."),
            ParameterDescriptor("Value", position: 2, help: "The note's value, the script block of a ScriptProperty or ScriptMethod (which reads the object as $this), or the property an AliasProperty stands for. shoal works out a ScriptProperty's or AliasProperty's value once, when it is added."),
            ParameterDescriptor("SecondValue", position: 3, help: "Accepted (an AliasProperty's conversion type, a ScriptProperty's setter); shoal ignores it."),
            ParameterDescriptor("NotePropertyName", type: "string", help: "The name of a note property to add, with -NotePropertyValue."),
            ParameterDescriptor("NotePropertyValue", help: "The value of the note property that -NotePropertyName names."),
            ParameterDescriptor("NotePropertyMembers", help: "A hashtable of note property names and values, all added at once (use [ordered] to keep their order)."),
            ParameterDescriptor("InputObject", mandatory: true, pipeline: true, help: "The object to add the members to (piped). Anything but a custom object is wrapped, and -PassThru gives you the wrapper."),
            ParameterDescriptor("TypeName", type: "string", help: "Adds this name to the object's type names (PSObject.TypeNames); works alone too, without a member."),
            ParameterDescriptor("Force", type: "switch", help: "Replaces a member of the same name instead of writing an error."),
            ParameterDescriptor("PassThru", type: "switch", help: "Writes the object after adding the members; without it Add-Member writes nothing."),
        ],
        description: "Adds a property (NoteProperty, ScriptProperty, AliasProperty) or a ScriptMethod to an object; -PassThru writes the object, which non-custom objects need.",
        examples: [
            HelpExample("Add a computed property",
                        code: "$server = [pscustomobject]@{ Name = 'web1'; Cores = 8 }\n$server | Add-Member -MemberType ScriptProperty -Name Threads -Value { $this.Cores * 2 }\n$server.Threads",
                        output: "16\n"),
            HelpExample("Add the same columns to every object",
                        code: "'web1', 'web2' | ForEach-Object {\n    [pscustomobject]@{ Name = $_ } |\n        Add-Member -NotePropertyMembers ([ordered]@{ Env = 'prod'; Rack = 'B2' }) -PassThru\n} | Format-Table",
                        output: "\nName Env  Rack\n---- ---  ----\nweb1 prod B2\nweb2 prod B2\n\n"),
            HelpExample("Add a method, then replace a property with -Force",
                        code: "$site = [pscustomobject]@{ Name = 'web1'; Port = 8080 }\n$site | Add-Member -MemberType ScriptMethod -Name Url -Value { param($path) \"http://$($this.Name):$($this.Port)/$path\" }\n$site.Url('health')\ntry { $site | Add-Member -NotePropertyName Port -NotePropertyValue 9090 -ErrorAction Stop } catch { $_.Exception.Message }\n$site | Add-Member -NotePropertyName Port -NotePropertyValue 9090 -Force\n$site.Url('health')",
                        output: "http://web1:8080/health\nCannot add a member with the name \"Port\" because a member with that name already exists. To overwrite the member anyway, add the Force parameter to your command.\nhttp://web1:9090/health\n"),
        ])
    public init() {}

    enum Member {
        case note(String, Value)
        case scriptMethod(String, ScriptBlock)
        case scriptProperty(String, ScriptBlock)
        case alias(String, String)
    }

    var members: [Member] = []

    public func begin(_ context: CmdletContext) throws {
        var positional = context.value("MemberType").map { context.has("Name") ? [$0] : $0.enumeratedItems } ?? []
        var memberType: String?
        var name = context.string("Name"), value = context.value("Value")
        if let first = positional.first, isMemberType(first) || context.has("Name") || context.has("Value") {
            memberType = Conversion.toString(positional.removeFirst())
            if name == nil, !positional.isEmpty { name = Conversion.toString(positional.removeFirst()) }
            if value == nil, !positional.isEmpty { value = positional.removeFirst() }
            if !positional.isEmpty { positional.removeFirst() } // SecondValue: only AliasProperty's type, unused
        } else if !positional.isEmpty {
            context.bound["notepropertyname"] = context.bound["notepropertyname"] ?? positional.removeFirst()
            if !positional.isEmpty { context.bound["notepropertyvalue"] = positional.removeFirst() }
        }
        if let extra = positional.first {
            throw AddMemberCommand.bindingError("A positional parameter cannot be found that accepts argument '\(Conversion.toString(extra))'.",
                                                id: "PositionalParameterNotFound", context)
        }
        try collectMembers(memberType: memberType, name: name, value: value, context)
    }

    func isMemberType(_ value: Value) -> Bool {
        guard case .string(let text) = value else { return false }
        return AddMemberCommand.memberTypes.contains { $0.lowercased() == text.lowercased() }
    }

    func collectMembers(memberType: String?, name: String?, value: Value?, _ context: CmdletContext) throws {
        if let table = context.value("NotePropertyMembers") {
            guard case .hashtable(let members) = table else {
                throw AddMemberCommand.bindingError("Cannot bind parameter 'NotePropertyMembers'. Cannot convert the \"\(Conversion.toString(table))\" value of type \"\(Conversion.fullTypeName(of: table))\" to type \"System.Collections.IDictionary\".",
                                                    id: "CannotConvertArgumentNoMessage", context)
            }
            self.members = members.entries.map { .note(Conversion.toString($0.key), $0.value) }
        }
        if let noteName = context.string("NotePropertyName") {
            members.append(.note(noteName, context.value("NotePropertyValue") ?? .null))
        }
        guard let memberType else {
            if members.isEmpty, !context.has("TypeName") {
                throw AddMemberCommand.bindingError("Cannot process command because of one or more missing mandatory parameters: NotePropertyName.",
                                                    id: "MissingMandatoryParameter", context)
            }
            return
        }
        guard let canonical = AddMemberCommand.memberTypes.first(where: { $0.lowercased() == memberType.lowercased() }) else {
            throw AddMemberCommand.bindingError("Cannot bind parameter 'MemberType'. Cannot convert value \"\(memberType)\" to type \"System.Management.Automation.PSMemberTypes\". Error: \"Unable to match the identifier name \(memberType) to a valid enumerator name. Specify one of the following enumerator names and try again:\n\(AddMemberCommand.memberTypes.joined(separator: ", "))\"",
                                                id: "CannotConvertArgumentNoMessage", context)
        }
        guard let name else {
            throw AddMemberCommand.bindingError("Cannot process command because of one or more missing mandatory parameters: Name.",
                                                id: "MissingMandatoryParameter", context)
        }
        switch (canonical, value) {
        case ("NoteProperty", _): members.append(.note(name, value ?? .null))
        case ("ScriptMethod", .scriptBlock(let block)?): members.append(.scriptMethod(name, block))
        case ("ScriptProperty", .scriptBlock(let block)?): members.append(.scriptProperty(name, block))
        case ("AliasProperty", let target?): members.append(.alias(name, Conversion.toString(target)))
        case ("ScriptMethod", _), ("ScriptProperty", _), ("AliasProperty", _):
            throw context.terminatingError("The value of the Value parameter is not valid for the \(canonical) member type.",
                                           id: "Value should be a ScriptBlock", category: .invalidOperation,
                                           exceptionType: "System.InvalidOperationException")
        default:
            throw context.terminatingError("Cannot add a member with type \"\(canonical)\". Specify a different type for the MemberTypes parameter.",
                                           id: "CannotAddMemberType", category: .invalidOperation,
                                           exceptionType: "System.InvalidOperationException")
        }
    }

    static func bindingError(_ message: String, id: String, _ context: CmdletContext) -> ScriptError {
        let record = ErrorRecord(message, exceptionType: "System.Management.Automation.ParameterBindingException", errorId: id,
                                 category: .invalidArgument, span: context.span, commandName: context.commandName)
        record.cmdletTypeName = "Microsoft.PowerShell.Commands.AddMemberCommand"
        return ScriptError(record)
    }

    public func process(_ context: CmdletContext) throws {
        guard let input = context.currentItem else { return }
        guard !input.isNull else {
            try context.writeError(ErrorRecord("Cannot bind argument to parameter 'InputObject' because it is null.",
                                               exceptionType: "System.Management.Automation.ParameterBindingValidationException",
                                               errorId: "ParameterArgumentValidationErrorNullNotAllowed", category: .invalidData))
            return
        }
        // Anything else is wrapped, as pwsh's PSObject wraps it: the
        // members live on the wrapper, which -PassThru writes.
        let object = input.adornable
        let item = Value.object(object)
        if let typeName = context.string("TypeName"), !object.typeNames.contains(typeName) {
            // First, as pwsh's UpdateTypeNames puts it (formatting picks views by it).
            object.typeNames.insert(typeName, at: 0)
        }
        for member in members { try add(member, to: object, context) }
        if context.flag("PassThru") { try context.write(item) }
    }

    func add(_ member: Member, to object: PSObject, _ context: CmdletContext) throws {
        let name: String, value: Value
        switch member {
        case .note(let n, let v): name = n; value = v
        case .scriptMethod(let n, let block): name = n; value = .scriptBlock(block)
        case .scriptProperty(let n, let block):
            name = n
            let sink = CollectingSink()
            try context.runspace.invokeBlock(block, dollarUnder: nil, arguments: [], output: sink, span: context.span,
                                             thisValue: .object(object))
            value = sink.result
        case .alias(let n, let target):
            name = n
            value = context.runspace.memberValue(.object(object), target)
        }
        if object[name] != nil, !context.flag("Force") {
            try context.writeError(ErrorRecord("Cannot add a member with the name \"\(name)\" because a member with that name already exists. To overwrite the member anyway, add the Force parameter to your command.",
                                               exceptionType: "System.InvalidOperationException", errorId: "MemberAlreadyExists",
                                               category: .invalidOperation, target: .object(object)))
            return
        }
        object.set(name, value)
    }
}
