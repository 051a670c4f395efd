// `[xml]`: a document of System.Xml-style nodes, read-only, with
// PowerShell's XML adapter on top: an element's attributes and child
// elements are its properties (`$doc.config.server.port`), a child that
// holds only text reads as that text, several children of one name read as
// an array. .NET's own members are there too (Name, InnerText, OuterXml,
// ChildNodes, Attributes, ParentNode, DocumentElement, GetAttribute,
// SelectNodes and SelectSingleNode with an XPath subset: XPathQuery).

/// A node of a parsed XML document.
public final class XmlNodeValue: TabularObject {
    public enum Kind: Sendable {
        case document, element, text, attribute, declaration
    }

    public let kind: Kind
    /// The element's or attribute's name; `#text`, `#document`, `xml` otherwise.
    public let name: String
    /// A text node's text, an attribute's value, the declaration's content.
    public let value: String
    public private(set) var children: [XmlNodeValue] = []
    public private(set) var attributes: [XmlNodeValue] = []
    public private(set) weak var parent: XmlNodeValue?

    init(kind: Kind, name: String, value: String = "") {
        self.kind = kind
        self.name = name
        self.value = value
    }

    /// Parses a document, as `[xml]'<a/>'` does.
    public static func document(_ text: String) throws(XmlSyntaxError) -> XmlNodeValue {
        let (declaration, root) = try XmlReader.parseDocument(text)
        let document = XmlNodeValue(kind: .document, name: "#document")
        if let declaration { document.append(XmlNodeValue(kind: .declaration, name: "xml", value: declaration)) }
        document.append(element(root))
        return document
    }

    private static func element(_ source: XmlElement) -> XmlNodeValue {
        let node = XmlNodeValue(kind: .element, name: source.name)
        for (name, value) in source.attributes {
            let attribute = XmlNodeValue(kind: .attribute, name: name, value: value)
            attribute.parent = node
            node.attributes.append(attribute)
        }
        for child in source.children {
            switch child {
            case .element(let element): node.append(XmlNodeValue.element(element))
            // Whitespace between elements is not a node (XmlDocument without PreserveWhitespace).
            case .text(let text) where !text.allSatisfy(\.isWhitespace): node.append(XmlNodeValue(kind: .text, name: "#text", value: text))
            case .text: break
            }
        }
        return node
    }

    private func append(_ child: XmlNodeValue) {
        child.parent = self
        children.append(child)
    }

    // MARK: - .NET members

    public var typeName: String {
        switch kind {
        case .document: "System.Xml.XmlDocument"
        case .element: "System.Xml.XmlElement"
        case .text: "System.Xml.XmlText"
        case .attribute: "System.Xml.XmlAttribute"
        case .declaration: "System.Xml.XmlDeclaration"
        }
    }

    /// PowerShell shows a node as its local name.
    public var stringValue: String { name }

    public var innerText: String {
        switch kind {
        case .text, .attribute: value
        case .declaration: ""
        default: children.map(\.innerText).joined()
        }
    }

    public var outerXml: String {
        switch kind {
        case .document: return children.map(\.outerXml).joined()
        case .declaration: return "<?xml \(value)?>"
        case .text: return XmlNodeValue.escape(value, quote: false)
        case .attribute: return "\(name)=\"\(XmlNodeValue.escape(value, quote: true))\""
        case .element:
            let open = "<" + name + attributes.map { " " + $0.outerXml }.joined()
            return children.isEmpty ? open + " />" : open + ">" + innerXml + "</\(name)>"
        }
    }

    public var innerXml: String { kind == .attribute ? value : children.map(\.outerXml).joined() }

    static func escape(_ text: String, quote: Bool) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where quote: result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }

    var documentElement: XmlNodeValue? { children.first { $0.kind == .element } }

    // MARK: - PowerShell's adapter

    /// Attribute and child names, each once, in document order.
    public var propertyNames: [String] {
        var names: [String] = []
        for node in attributes + children where node.kind != .declaration || kind == .document {
            if !names.contains(where: { $0.lowercased() == node.name.lowercased() }) { names.append(node.name) }
        }
        return names
    }

    public func property(_ propertyName: String) -> Value? {
        let lower = propertyName.lowercased()
        let nodes = (attributes + children).filter { $0.name.lowercased() == lower }
        if nodes.count == 1 { return nodes[0].adapted }
        if nodes.count > 1 { return .list(nodes.map(\.adapted)) }
        switch lower {
        case "name", "localname": return .string(name)
        case "innertext": return .string(innerText)
        case "innerxml": return .string(innerXml)
        case "outerxml": return .string(outerXml)
        case "value": return kind == .element || kind == .document ? .null : .string(value)
        case "childnodes": return .list(children.map { .native($0) })
        case "attributes": return .list(attributes.map { .native($0) })
        case "parentnode": return parent.map { .native($0) } ?? .null
        case "firstchild": return children.first.map { .native($0) } ?? .null
        case "lastchild": return children.last.map { .native($0) } ?? .null
        case "haschildnodes": return .bool(!children.isEmpty)
        case "hasattributes": return .bool(!attributes.isEmpty)
        case "documentelement": return documentElement.map { .native($0) } ?? .null
        case "nodetype":
            let type = switch kind {
            case .document: "Document"
            case .element: "Element"
            case .text: "Text"
            case .attribute: "Attribute"
            case .declaration: "XmlDeclaration"
            }
            return .string(type)
        default: return nil
        }
    }

    /// What the adapter gives for a node: a text node, an attribute and
    /// an element holding only text are their text; other nodes stay nodes.
    var adapted: Value {
        switch kind {
        case .text, .attribute, .declaration: return .string(value)
        case .document: return .native(self)
        case .element:
            if !attributes.isEmpty { return .native(self) }
            if children.isEmpty || (children.count == 1 && children[0].kind == .text) { return .string(innerText) }
            return .native(self)
        }
    }

    public func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? {
        let first = arguments.first.map(Conversion.toString) ?? ""
        switch method.lowercased() {
        case "getattribute":
            return .string(attributes.first { $0.name == first }?.value ?? "")
        case "hasattribute":
            return .bool(attributes.contains { $0.name == first })
        case "selectnodes":
            return .list(try XPathQuery(first).select(from: self).map { .native($0) })
        case "selectsinglenode":
            return try XPathQuery(first).select(from: self).first.map { .native($0) } ?? .null
        case "getelementsbytagname":
            return .list(descendants.filter { $0.kind == .element && (first == "*" || $0.name == first) }.map { .native($0) })
        case "tostring":
            return .string(stringValue)
        default:
            return nil
        }
    }

    /// Every node under this one, in document order.
    var descendants: [XmlNodeValue] { children.flatMap { [$0] + $0.descendants } }
}
