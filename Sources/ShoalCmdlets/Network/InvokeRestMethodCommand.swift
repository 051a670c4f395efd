// Invoke-RestMethod: sends an HTTP request and returns the body as objects:
// JSON becomes PSCustomObjects (an array stays one object, as in pwsh),
// anything else a string. -StatusCodeVariable and -ResponseHeadersVariable
// keep the status and headers; -OutFile saves the body.

import ShoalRuntime

final class InvokeRestMethodCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Invoke-RestMethod", synopsis: "Sends an HTTP or HTTPS request to a RESTful web service.",
        parameters: WebRequest.parameters + [
            ParameterDescriptor("StatusCodeVariable", type: "string"),
            ParameterDescriptor("ResponseHeadersVariable", type: "string", aliases: ["RHV"]),
        ],
        parameterSets: WebRequest.parameterSets, defaultParameterSet: "StandardMethod")

    func process(_ context: CmdletContext) throws {
        let (response, outFile) = try WebRequest.send(context)
        if let name = context.string("StatusCodeVariable") { context.runspace.setVariable(name, .int(response.status)) }
        if let name = context.string("ResponseHeadersVariable") { context.runspace.setVariable(name, WebRequest.headerTable(response)) }
        if outFile != nil, !context.flag("PassThru") { return }
        let text = outFile.flatMap { FileSystem.readBytes($0) }.map { String(decoding: $0, as: UTF8.self) } ?? response.text
        try context.write(InvokeRestMethodCommand.content(text))
    }

    /// The body as pwsh's RestReturnType.Detect reads it: JSON when it
    /// parses (`null` is $null), else the text.
    static func content(_ text: String) -> Value {
        var parser = JsonParser(text, asHashtable: false)
        if let parsed = try? parser.parseDocument() { return parsed }
        return .string(text)
    }
}
