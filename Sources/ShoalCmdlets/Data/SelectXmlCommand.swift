// Select-Xml: finds nodes with an XPath query in XML documents (-Xml,
// piped `[xml]`), files (-Path, -LiteralPath) or text (-Content), and
// writes a SelectXmlInfo per node: the Node, the Path it came from
// (`InputStream` for documents and text) and the Pattern.

import ShoalRuntime

final class SelectXmlCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Select-Xml", synopsis: "Finds text in an XML string or document.",
        parameters: [
            ParameterDescriptor("XPath", type: "string", position: 0, mandatory: true, notNullOrEmpty: true,
                                help: "The XPath query (the subset the description lists)."),
            ParameterDescriptor("Xml", type: "object[]", position: 1, pipeline: true, aliases: ["Node"],
                                help: "XML documents or nodes to query ([xml] values, piped)."),
            ParameterDescriptor("Path", type: "string[]", position: 1, pipelineByPropertyName: true,
                                help: "XML files to query; wildcards are allowed."),
            ParameterDescriptor("LiteralPath", type: "string[]", pipelineByPropertyName: true, aliases: ["PSPath", "LP"],
                                help: "XML files to query, without wildcards."),
            ParameterDescriptor("Content", type: "string[]", pipeline: true, help: "XML text to query (its lines are joined)."),
            ParameterDescriptor("Namespace", type: "hashtable", help: "Refused for now: namespace prefixes are not supported yet."),
        ],
        parameterSets: [
            ParameterSetDescriptor("Xml", ["XPath", "Xml", "Namespace"], mandatory: ["XPath", "Xml"]),
            ParameterSetDescriptor("Path", ["XPath", "Path", "Namespace"], mandatory: ["XPath", "Path"]),
            ParameterSetDescriptor("LiteralPath", ["XPath", "LiteralPath", "Namespace"], mandatory: ["XPath", "LiteralPath"]),
            ParameterSetDescriptor("Content", ["XPath", "Content", "Namespace"], mandatory: ["XPath", "Content"]),
        ], defaultParameterSet: "Xml",
        description: "Runs an XPath query (location paths with /, //, ., .., names, *, @attributes, text() and node(), predicates such as [2], [last()], [@id='a'] and [name='x'], and unions with |) over XML and writes what it finds. Namespaces are not supported yet.",
        examples: [
            HelpExample("Find attributes in a document",
                        code: "$doc = [xml]'<hosts><host name=\"web1\"/><host name=\"db1\"/></hosts>'\nSelect-Xml -Xml $doc -XPath '//host/@name' | ForEach-Object { $_.Node.Value }",
                        output: "web1\ndb1\n"),
            HelpExample("Query XML text",
                        code: "Select-Xml -Content '<a><b>1</b><b>2</b></a>' -XPath '/a/b[last()]' | ForEach-Object ToString",
                        output: "2\n"),
        ])

    /// The query, parsed once for every input.
    private var query: XPathQuery?

    func begin(_ context: CmdletContext) throws {
        do {
            query = try XPathQuery(context.string("XPath") ?? "")
        } catch let error as ScriptError {
            throw context.terminatingError(error.record.message, id: "XPathException", category: .invalidArgument,
                                           exceptionType: "System.Xml.XPath.XPathException")
        }
        if context.has("Namespace") {
            throw context.terminatingError("Select-Xml -Namespace is not supported yet: write the query without namespace prefixes.",
                                           id: "NamespaceNotSupported", category: .notImplemented,
                                           exceptionType: "System.NotSupportedException")
        }
    }

    func process(_ context: CmdletContext) throws {
        guard let query else { return }
        if let content = context.value("Content") {
            try select(query, in: content.enumeratedItems.map(Conversion.toString).joined(separator: "\n"), path: nil, context)
            return
        }
        if context.has("Path") || context.has("LiteralPath") {
            for path in try PathResolver(context: context).existingPaths() {
                guard let text = FileSystem.readText(path) else {
                    try context.writeError(FileErrors.pathNotFound(path))
                    continue
                }
                try select(query, in: text, path: path, context)
            }
            return
        }
        for item in context.value("Xml")?.enumeratedItems ?? [] {
            guard case .native(let node as XmlNodeValue) = item.unwrapped else {
                try context.writeError("Cannot bind the Xml parameter: the input is not XML (\(Conversion.fullTypeName(of: item))).",
                                       id: "InvalidInputObject", category: .invalidArgument, target: item)
                continue
            }
            for found in query.select(from: node) { try context.write(.native(SelectXmlInfo(node: found, path: nil, pattern: query.text))) }
        }
    }

    private func select(_ query: XPathQuery, in text: String, path: String?, _ context: CmdletContext) throws {
        let document: XmlNodeValue
        do {
            document = try XmlNodeValue.document(text)
        } catch {
            try context.writeError("Cannot read \(path ?? "the content") as XML: \(error.description)", id: "ProcessingFile",
                                   category: .invalidArgument, target: .string(path ?? ""),
                                   exceptionType: "System.Xml.XmlException")
            return
        }
        for found in query.select(from: document) { try context.write(.native(SelectXmlInfo(node: found, path: path, pattern: query.text))) }
    }
}

/// One node Select-Xml found.
final class SelectXmlInfo: TabularObject {
    let node: XmlNodeValue
    let path: String
    let pattern: String

    init(node: XmlNodeValue, path: String?, pattern: String) {
        self.node = node
        self.path = path.flatMap { $0.isEmpty ? nil : $0 } ?? "InputStream"
        self.pattern = pattern
    }

    var typeName: String { "Microsoft.PowerShell.SelectXmlInfo" }
    var propertyNames: [String] { ["Node", "Path", "Pattern"] }

    func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "node": return .native(node)
        case "path": return .string(path)
        case "pattern": return .string(pattern)
        default: return nil
        }
    }

    /// The node's value (an attribute's or text's) or inner XML, with the path when it came from a file.
    var stringValue: String {
        let text = (node.kind == .element || node.kind == .document ? node.innerXml : node.value).trimmingCharacters()
        return path == "InputStream" ? text : "\(text):\(path)"
    }

    func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? {
        method.lowercased() == "tostring" ? .string(stringValue) : nil
    }
}
