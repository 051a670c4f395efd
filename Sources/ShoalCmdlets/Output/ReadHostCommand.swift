// Read-Host: prompts (`Prompt: `) and returns the line the user types;
// -MaskInput shows a `*` per character, -AsSecureString also returns a
// SecureString. Reads redirected standard input too. In a job, or with
// `shoal -NonInteractive`, it fails as pwsh's does.

import ShoalRuntime

final class ReadHostCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Read-Host", synopsis: "Reads a line of input from the console.",
        parameters: [
            ParameterDescriptor("Prompt", position: 0),
            ParameterDescriptor("AsSecureString", type: "switch"),
            ParameterDescriptor("MaskInput", type: "switch"),
        ])

    func end(_ context: CmdletContext) throws {
        let secure = context.flag("AsSecureString")
        if secure && context.flag("MaskInput") { throw context.ambiguousParameterSet() }
        let runspace = context.runspace
        let prompt = context.value("Prompt").map { Conversion.toString($0) + ": " }
        let line: String?
        do {
            line = try runspace.host.readLine(prompt: prompt, masked: secure || context.flag("MaskInput")) { runspace.stopSignal.isRequested }
        } catch let error as ScriptError {
            throw context.terminatingError(error.record.message, id: "InvalidOperation", category: .invalidOperation,
                                           exceptionType: "System.Management.Automation.PSInvalidOperationException")
        }
        try context.checkStopped()
        guard let line else { return }
        try context.write(secure ? .native(SecureStringValue(line)) : .string(line))
    }
}

/// A System.Security.SecureString: prints as its type name, never its text.
final class SecureStringValue: NativeObject {
    let text: String
    init(_ text: String) { self.text = text }
    var typeName: String { "System.Security.SecureString" }
    var stringValue: String { typeName }
    var propertyNames: [String] { ["Length"] }
    func property(_ name: String) -> Value? { name.lowercased() == "length" ? .int(text.utf16.count) : nil }
}
