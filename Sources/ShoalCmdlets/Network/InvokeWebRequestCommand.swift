// Invoke-WebRequest: sends an HTTP request and returns the response object
// (status, headers, content); with -OutFile saves the body instead.

import ShoalRuntime

final class InvokeWebRequestCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Invoke-WebRequest", synopsis: "Gets content from a web page on the internet.",
        parameters: WebRequest.parameters,
        parameterSets: WebRequest.parameterSets, defaultParameterSet: "StandardMethod")

    func process(_ context: CmdletContext) throws {
        let (response, outFile) = try WebRequest.send(context)
        if outFile == nil || context.flag("PassThru") { try context.write(.native(WebResponseObject(response))) }
    }
}
