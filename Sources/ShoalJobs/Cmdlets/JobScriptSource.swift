// What the Start-* cmdlets share: reading -ScriptBlock or -FilePath,
// collecting `$using:` values and arguments, and gathering pipeline input.

import ShoalRuntime
import ShoalSyntax

struct JobScriptSource {
    let node: ScriptBlockNode
    /// PowerShell's Command: the block's text, or the file's.
    let command: String
    /// The file the script came from, for error positions.
    let fileName: String
    /// Blank lines and the start of the line before the block's text in its
    /// file: a worker that parses the text after it counts positions as the file does.
    let positionPrefix: String

    /// A script block the caller has in hand.
    init(block: ScriptBlock) {
        let span = block.ast.span
        let textStart = span.start + (span.text.hasPrefix("{") && block.text.count < span.text.count ? 1 : 0)
        self.init(node: block.node, command: block.text, fileName: span.file.name, positionPrefix: span.file.positionPrefix(at: textStart))
    }

    private init(node: ScriptBlockNode, command: String, fileName: String, positionPrefix: String) {
        self.node = node
        self.command = command
        self.fileName = fileName
        self.positionPrefix = positionPrefix
    }

    /// Reads -ScriptBlock or -FilePath; a file that does not parse is an
    /// error naming its line and column, and no job is created.
    init(_ context: CmdletContext, filePathParameter: String = "FilePath", commandIsPath: Bool = false) throws {
        if case .scriptBlock(let block)? = context.value("ScriptBlock") {
            self.init(block: block)
            return
        }
        guard let written = context.string(filePathParameter) else {
            throw context.terminatingError(
                "Cannot process command because of one or more missing mandatory parameters: ScriptBlock.",
                id: "MissingMandatoryParameter", category: .invalidArgument,
                exceptionType: "System.Management.Automation.ParameterBindingException")
        }
        // Start-ThreadJob (the ThreadJob module) and Start-Job word these differently.
        if written.contains("*") || written.contains("?") {
            throw context.terminatingError(
                commandIsPath ? "FilePath cannot contain wildcards."
                    : "Wildcard characters are not supported for the FilePath parameter. Specify a path without wildcard characters.",
                id: "FilePathWildcards", category: .invalidArgument)
        }
        guard written.lowercased().hasSuffix(".ps1") else {
            throw context.terminatingError(
                commandIsPath ? "Invalid file path extension.  Extension should be .ps1."
                    : "The value of the FilePath parameter must be a PowerShell script file. Enter the path to a file with a .ps1 file name extension and try the command again.",
                id: "FilePathMustBeScriptFile", category: .invalidArgument)
        }
        let path = context.runspace.resolvePath(written)
        guard let text = readTextFile(path) else {
            throw context.terminatingError("Cannot find path '\(path)' because it does not exist.", id: "PathNotFound",
                                           category: .objectNotFound,
                                           exceptionType: "System.Management.Automation.ItemNotFoundException")
        }
        let parsed: ScriptBlockAst
        do {
            parsed = try Parser.parseScript(SourceFile(name: path, text: text, path: path))
        } catch {
            throw ScriptError(ErrorRecord(error.message, exceptionType: "System.Management.Automation.ParseException",
                                          errorId: error.errorId, category: .parserError, span: error.span,
                                          commandName: context.commandName))
        }
        self.init(node: .compiling(parsed), command: commandIsPath ? written : text, fileName: path, positionPrefix: "")
    }

    /// `$using:` values from the caller. Process jobs require them to exist;
    /// thread jobs take `$null` for a missing one, as PowerShell's do.
    func usingValues(_ context: CmdletContext, undefinedIsError: Bool) throws -> [String: TransferValue] {
        var values: [String: TransferValue] = [:]
        for name in node.layout.usingNames.sorted() {
            if let value = context.runspace.usingValue(name) {
                values[name] = TransferValue(value)
            } else if undefinedIsError {
                throw context.terminatingError(
                    "The value of the using variable '$using:\(name)' cannot be retrieved because it has not been set in the local session.",
                    id: "UsingVariableIsUndefined", category: .invalidOperation)
            } else {
                values[name] = .null
            }
        }
        return values
    }

    static func arguments(_ context: CmdletContext) -> [TransferValue] {
        guard let value = context.value("ArgumentList") else { return [] }
        return value.enumeratedItems.map { TransferValue($0) }
    }

    static func initialization(_ context: CmdletContext) -> ScriptBlockNode? {
        if case .scriptBlock(let block)? = context.value("InitializationScript") { return block.node }
        return nil
    }
}

extension Runspace {
    /// Whether a variable of this name exists in the current scope chain.
    func variableIsDefined(_ name: String) -> Bool {
        scope.lookup(name.lowercased()) != nil || ["true", "false", "null", "pwd", "home", "pid"].contains(name.lowercased())
    }
}
