// An element of a parsed XML document (XmlReader): its name, attributes,
// and children in document order, text included. Enough of the XML data
// model for the files PowerShell reads (format and type data), without
// namespaces' resolution: a prefixed name keeps its prefix.

/// One node under an element: a child element or a run of text.
public enum XmlNode: Sendable {
    case element(XmlElement)
    case text(String)
}

/// An XML element and everything under it.
public final class XmlElement: Sendable {
    public let name: String
    public let attributes: [(name: String, value: String)]
    public let children: [XmlNode]
    /// Where the start tag begins (1-based), for errors about the element.
    public let line: Int
    public let column: Int

    public init(name: String, attributes: [(name: String, value: String)], children: [XmlNode], line: Int, column: Int) {
        self.name = name
        self.attributes = attributes
        self.children = children
        self.line = line
        self.column = column
    }

    /// The child elements, in order.
    public var elements: [XmlElement] {
        children.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// The child elements named `name` (case-insensitive, as pwsh's
    /// format-data loader matches tags).
    public func elements(named name: String) -> [XmlElement] {
        elements.filter { $0.name.lowercased() == name.lowercased() }
    }

    /// The first child element named `name`.
    public func element(named name: String) -> XmlElement? {
        elements.first { $0.name.lowercased() == name.lowercased() }
    }

    /// All text under this element, concatenated.
    public var text: String {
        children.map { node in
            switch node {
            case .text(let text): text
            case .element(let element): element.text
            }
        }.joined()
    }

    /// The text of the child element `name`, trimmed; nil when absent.
    public func childText(_ name: String) -> String? {
        element(named: name).map { $0.text.trimmingCharacters() }
    }

    /// The value of the attribute `name`.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}
