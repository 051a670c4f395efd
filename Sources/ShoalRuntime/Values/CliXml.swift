// CLIXML, PowerShell's serialization format (Export-Clixml and
// Import-Clixml): values go through TransferValue, the copy the job engine
// makes of what crosses into another runspace or process, and then into
// the <Objs> document pwsh writes and reads: <S>, <I32>, <Db>, <DT>, ...
// for primitives, <Obj> with its type names (<TN>, shared through
// <TNRef>) holding <LST> (arrays), <DCT> (dictionaries), <MS> (a custom
// object's notes) or <Props> and <ToString> (other objects' snapshots).
// Objects read back are property bags with `Deserialized.` type names, as
// pwsh's deserializer gives them; dictionaries and arrays are live again.

/// Writes and reads CLIXML documents.
public enum CliXml {
    static let namespace = "http://schemas.microsoft.com/powershell/2004/04"

    // MARK: - Writing

    /// The document for `values`, each serialized `depth` levels deep.
    public static func serialize(_ values: [Value], depth: Int) -> String {
        var writer = Writer()
        var text = "<Objs Version=\"1.1.0.1\" xmlns=\"\(namespace)\">\n"
        for value in values { text += "  " + writer.element(TransferValue(value, depth: depth), name: nil) + "\n" }
        return text + "</Objs>\n"
    }

    private struct Writer {
        var nextObjectId = 0
        var typeNameIds: [[String]: Int] = [:]

        /// `notes`: an <MS> of notes added to the object (Add-Member on it).
        mutating func element(_ value: TransferValue, name: String?, notes: String = "") -> String {
            let n = name.map { " N=\"\(CliXml.encode($0, attribute: true))\"" } ?? ""
            func scalar(_ tag: String, _ text: String) -> String { "<\(tag)\(n)>\(CliXml.encode(text, attribute: false))</\(tag)>" }
            switch value {
            case .null: return "<Nil\(n) />"
            case .bool(let b): return scalar("B", b ? "true" : "false")
            case .int(let i): return scalar(Int32(exactly: i) != nil ? "I32" : "I64", String(i))
            case .double(let d): return scalar("Db", Conversion.toString(.double(d)).replacing("∞", with: "INF"))
            case .string(let s): return scalar("S", s)
            case .char(let code): return scalar("C", String(code))
            case .dateTime(let ticks): return scalar("DT", DateTimeValue(ticks: ticks).format("o"))
            case .timeSpan(let ticks): return scalar("TS", CliXml.duration(ticks))
            case .number(let typeName, let text):
                let tags = ["System.Byte": "By", "System.SByte": "SB", "System.Int16": "I16", "System.UInt16": "U16",
                            "System.UInt32": "U32", "System.Int64": "I64", "System.UInt64": "U64", "System.Single": "Sg",
                            "System.Decimal": "D"]
                if let tag = tags[typeName] { return scalar(tag, text) }
                return open([typeName, "System.ValueType", "System.Object"], name: name) + "<ToString>\(CliXml.encode(text, attribute: false))</ToString></Obj>"
            case .scriptBlock(let block): return scalar("SBK", block.text)
            case .array(let items, _):
                let head = open(["System.Object[]", "System.Array", "System.Object"], name: name)
                return head + "<LST>" + items.map { element($0, name: nil) }.joined() + "</LST>" + notes + "</Obj>"
            case .hashtable(let entries, let ordered):
                let typeNames = ordered ? ["System.Collections.Specialized.OrderedDictionary", "System.Object"]
                    : ["System.Collections.Hashtable", "System.Object"]
                let head = open(typeNames, name: name)
                let body = entries.map { "<En>" + element($0.key, name: "Key") + element($0.value, name: "Value") + "</En>" }.joined()
                return head + "<DCT>" + body + "</DCT>" + notes + "</Obj>"
            case .synchronized(let table):
                return element(TransferValue(.hashtable(HashtableValue(synchronized: table)), depth: 1), name: name)
            case .object(let typeNames, let properties):
                let custom = typeNames.contains(PSObject.customObjectTypeNames[0])
                let head = open(typeNames, name: name)
                let members = properties.map { element($0.value, name: $0.name) }.joined()
                return head + (custom ? "<MS>\(members)</MS>" : "<Props>\(members)</Props>") + notes + "</Obj>"
            case .snapshot(let typeNames, let properties, let toString):
                let head = open(typeNames, name: name)
                let members = properties.map { element($0.value, name: $0.name) }.joined()
                return head + "<ToString>\(CliXml.encode(toString, attribute: false))</ToString><Props>\(members)</Props>" + notes + "</Obj>"
            case .adorned(let base, let added):
                let members = "<MS>" + added.notes.map { element($0.value, name: $0.name) }.joined() + "</MS>"
                switch base {
                case .array, .hashtable, .object, .snapshot:
                    return element(base, name: name, notes: members)
                default:
                    // A string or number with notes: pwsh writes the value inside an <Obj>.
                    let head = open([Conversion.fullTypeName(of: base.value), "System.Object"], name: name)
                    return head + "<ToString>\(CliXml.encode(Conversion.toString(base.value), attribute: false))</ToString>"
                        + element(base, name: nil) + members + "</Obj>"
                }
            case .error(let error):
                return open(["System.Management.Automation.ErrorRecord", "System.Object"], name: name)
                    + "<ToString>\(CliXml.encode(error.message, attribute: false))</ToString></Obj>"
            case .opaque(let typeName, let text):
                return open([typeName, "System.Object"], name: name) + "<ToString>\(CliXml.encode(text, attribute: false))</ToString></Obj>"
            case .shared(let shared):
                let native = shared as any NativeObject
                return open([native.typeName, "System.Object"], name: name)
                    + "<ToString>\(CliXml.encode(native.stringValue, attribute: false))</ToString></Obj>"
            }
        }

        /// An object's start tag and type names; written before its
        /// contents, so a nested object of the same type refers to these.
        mutating func open(_ typeNames: [String], name: String?) -> String {
            let n = name.map { " N=\"\(CliXml.encode($0, attribute: true))\"" } ?? ""
            let id = nextObjectId
            nextObjectId += 1
            let typeNameElement: String
            if let known = typeNameIds[typeNames] {
                typeNameElement = "<TNRef RefId=\"\(known)\" />"
            } else {
                let next = typeNameIds.count
                typeNameIds[typeNames] = next
                typeNameElement = "<TN RefId=\"\(next)\">" + typeNames.map { "<T>\(CliXml.encode($0, attribute: false))</T>" }.joined() + "</TN>"
            }
            return "<Obj\(n) RefId=\"\(id)\">\(typeNameElement)"
        }
    }

    /// XML escaping plus pwsh's `_xHHHH_` for characters XML cannot hold
    /// (and for line breaks, which it encodes too), and `_x005F_` for an
    /// underscore that would read as such an escape.
    static func encode(_ text: String, attribute: Bool) -> String {
        var result = ""
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where attribute: result += "&quot;"
            case "_" where index + 1 < scalars.count && scalars[index + 1] == "x" && looksEscaped(scalars, from: index):
                result += "_x005F_"
            default:
                if scalar.value < 0x20 || (0xD800...0xDFFF).contains(scalar.value) || scalar.value == 0xFFFE || scalar.value == 0xFFFF {
                    let hex = String(scalar.value, radix: 16, uppercase: true)
                    result += "_x" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex + "_"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    private static func looksEscaped(_ scalars: [Unicode.Scalar], from index: Int) -> Bool {
        guard index + 6 < scalars.count, scalars[index + 6] == "_" else { return false }
        return scalars[(index + 2)...(index + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
    }

    static func decode(_ text: String) -> String {
        guard text.contains("_x") else { return text }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            if scalars[index] == "_", looksEscaped(scalars, from: index),
               let code = UInt32(String(String.UnicodeScalarView(scalars[(index + 2)...(index + 5)])), radix: 16),
               let scalar = Unicode.Scalar(code) {
                result.append(scalar)
                index += 7
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    /// An xs:duration (`P1DT2H3M4.5S`), as pwsh writes a TimeSpan.
    static func duration(_ ticks: Int) -> String {
        var rest = ticks.magnitude
        let days = rest / UInt(DateTimeValue.ticksPerDay)
        rest %= UInt(DateTimeValue.ticksPerDay)
        let hours = rest / 36_000_000_000, minutes = rest / 600_000_000 % 60
        let seconds = rest % 600_000_000
        var text = (ticks < 0 ? "-P" : "P") + (days > 0 ? "\(days)D" : "") + "T"
        if hours > 0 { text += "\(hours)H" }
        if minutes > 0 { text += "\(minutes)M" }
        var secondsText = String(seconds / 10_000_000)
        if seconds % 10_000_000 > 0 {
            var fraction = String(seconds % 10_000_000)
            fraction = String(repeating: "0", count: 7 - fraction.count) + fraction
            while fraction.hasSuffix("0") { fraction.removeLast() }
            secondsText += "." + fraction
        }
        return text + secondsText + "S"
    }

    static func ticks(ofDuration text: String) -> Int? {
        var rest = Substring(text.trimmingCharacters())
        let negative = rest.hasPrefix("-")
        if negative { rest = rest.dropFirst() }
        guard rest.hasPrefix("P") else { return nil }
        rest = rest.dropFirst()
        var total = 0.0, inTime = false, number = ""
        let units: [Character: Double] = ["D": Double(DateTimeValue.ticksPerDay), "H": 36_000_000_000, "S": 10_000_000]
        for character in rest {
            if character == "T" { inTime = true; continue }
            if character.isNumber || character == "." { number.append(character); continue }
            guard let value = Double(number) else { return nil }
            switch character {
            case "M": total += value * (inTime ? 600_000_000 : 30 * Double(DateTimeValue.ticksPerDay))
            case "Y": total += value * 365 * Double(DateTimeValue.ticksPerDay)
            default:
                guard let unit = units[character] else { return nil }
                total += value * unit
            }
            number = ""
        }
        return Int((negative ? -total : total).rounded())
    }

    // MARK: - Reading

    /// The values of a CLIXML document.
    public static func deserialize(_ text: String) throws(XmlSyntaxError) -> [Value] {
        let root = try XmlReader.parse(text)
        guard root.name == "Objs" else {
            throw XmlSyntaxError(message: "The root element is <\(root.name)>, not CLIXML's <Objs>.", line: root.line, column: root.column)
        }
        var reader = Reader()
        return try root.elements.map { element throws(XmlSyntaxError) in try reader.value(element) }
    }

    private struct Reader {
        var typeNames: [String: [String]] = [:]
        var objects: [String: Value] = [:]

        mutating func value(_ element: XmlElement) throws(XmlSyntaxError) -> Value {
            let text = CliXml.decode(element.text)
            func number(_ kind: NumberValue.Kind) -> Value { (try? NumberValue.convert(.string(text), to: kind, at: nil)) ?? .string(text) }
            switch element.name {
            case "Nil": return .null
            case "B": return .bool(text.lowercased() == "true")
            case "I32", "I64": return Int(text).map(Value.int) ?? .string(text)
            case "Db": return .double(text == "INF" ? .infinity : text == "-INF" ? -.infinity : Double(text) ?? .nan)
            case "S", "URI", "G", "Version", "XD": return .string(text)
            case "C": return UInt32(text).flatMap(Unicode.Scalar.init).map { .native(CharValue($0)) } ?? .null
            case "DT": return DateTimeValue.parseISO8601(text).map { .native($0) } ?? .string(text)
            case "TS": return CliXml.ticks(ofDuration: text).map { .native(TimeSpanValue(ticks: $0)) } ?? .string(text)
            case "By": return number(.byte)
            case "SB": return number(.sbyte)
            case "I16": return number(.int16)
            case "U16": return number(.uint16)
            case "U32": return number(.uint32)
            case "U64": return number(.uint64)
            case "Sg": return number(.single)
            case "D": return number(.decimal)
            case "SBK": return .string(text)
            case "Ref": return objects[element.attribute("RefId") ?? ""] ?? .null
            case "Obj": return try object(element)
            default:
                throw XmlSyntaxError(message: "<\(element.name)> is not a CLIXML element.", line: element.line, column: element.column)
            }
        }

        mutating func object(_ element: XmlElement) throws(XmlSyntaxError) -> Value {
            var names: [String] = []
            if let tn = element.element(named: "TN") {
                names = tn.elements(named: "T").map { CliXml.decode($0.text) }
                if let id = tn.attribute("RefId") { typeNames[id] = names }
            } else if let ref = element.element(named: "TNRef"), let id = ref.attribute("RefId") {
                names = typeNames[id] ?? []
            }
            let result: Value
            if let list = element.elements.first(where: { ["LST", "IE", "STK", "QUE"].contains($0.name) }) {
                result = .array(ArrayValue(try list.elements.map { item throws(XmlSyntaxError) in try value(item) }))
            } else if let dictionary = element.element(named: "DCT") {
                let table = HashtableValue(ordered: names.first == "System.Collections.Specialized.OrderedDictionary")
                for entry in dictionary.elements(named: "En") {
                    guard let key = entry.elements.first(where: { $0.attribute("N") == "Key" }) else { continue }
                    let item = entry.elements.first { $0.attribute("N") == "Value" }
                    table[try value(key)] = try item.map { element throws(XmlSyntaxError) in try value(element) } ?? .null
                }
                result = .hashtable(table)
            } else if let primitive = element.elements.first(where: { !["TN", "TNRef", "ToString", "Props", "MS"].contains($0.name) }) {
                // An enum or a primitive wrapped with notes: the value itself.
                result = try value(primitive)
            } else {
                let object = PSObject(typeName: "System.Object")
                object.typeNames = names.isEmpty ? ["Deserialized.System.Object"] : names.map { "Deserialized." + $0 }
                for group in element.elements where group.name == "Props" || group.name == "MS" {
                    for member in group.elements {
                        guard let name = member.attribute("N") else { continue }
                        object.set(CliXml.decode(name), try value(member))
                    }
                }
                if let toString = element.element(named: "ToString") { object.toStringOverride = CliXml.decode(toString.text) }
                result = .object(object)
            }
            if let id = element.attribute("RefId") { objects[id] = result }
            return result
        }
    }
}
