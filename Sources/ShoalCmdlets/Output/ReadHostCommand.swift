// Read-Host: prompts (`Prompt: `) and returns the line the user types;
// -MaskInput shows a `*` per character, -AsSecureString also returns a
// SecureString. Reads redirected standard input too. In a job, or with
// `shoal -NonInteractive`, it fails as pwsh's does.

import ShoalRuntime

final class ReadHostCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Read-Host", synopsis: "Reads a line of input from the console.",
        parameters: [
            ParameterDescriptor("Prompt", position: 0, help: "The text shown before the input; shoal adds ': ' after it."),
            ParameterDescriptor("AsSecureString", type: "switch", help: "Shows a * for each character typed and returns a SecureString instead of a string."),
            ParameterDescriptor("MaskInput", type: "switch", help: "Shows a * for each character typed but returns a plain string."),
        ],
        description: "Prints the prompt followed by ': ' and returns the line the user types (or the next line of redirected standard input), as a string or, with -AsSecureString, a SecureString. In a job or under shoal -NonInteractive nobody can answer, and it fails.",
        examples: [
            HelpExample("Nobody to answer in a job",
                        code: "Start-Job {\n    try { Read-Host 'Restart web1 now? [y/N]' -ErrorAction Stop } catch { $_.Exception.Message }\n} | Receive-Job -Wait -AutoRemoveJob",
                        output: "PowerShell is in NonInteractive mode. Read and Prompt functionality is not available.\n",
                        remarks: "At the shoal prompt the same call prints 'Restart web1 now? [y/N]: ' and returns what the user types."),
            HelpExample("Fall back to a default when nobody can answer",
                        code: "Start-Job {\n    function Read-Setting([string]$Prompt, [string]$Default) {\n        try { $reply = Read-Host \"$Prompt [$Default]\" -ErrorAction Stop } catch { return $Default }\n        if ($reply) { $reply } else { $Default }\n    }\n    \"Deploying to $(Read-Setting 'Environment' 'staging')\"\n} | Receive-Job -Wait -AutoRemoveJob",
                        output: "Deploying to staging\n",
                        remarks: "Run at the prompt, Read-Setting asks 'Environment [staging]: ' and an empty answer keeps the default; in a job or a -NonInteractive run it takes the default without asking."),
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
