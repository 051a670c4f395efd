// Invoke-Expression: parses a string as script and runs it in the
// caller's scope, so its assignments and functions stay behind. A syntax
// error is PowerShell's ParseException, terminating the statement.

import ShoalRuntime
import ShoalSyntax

public final class InvokeExpressionCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Invoke-Expression", synopsis: "Runs commands or expressions on the local computer.",
        parameters: [ParameterDescriptor("Command", type: "string", position: 0, mandatory: true, pipeline: true)],
        description: "Runs a string as PowerShell code in the current scope.",
        examples: [
            HelpExample("Run code built at run time",
                        code: "$operation = '*'\nInvoke-Expression \"6 $operation 7\"",
                        output: "42\n"),
        ])
    public init() {}

    public func process(_ context: CmdletContext) throws {
        let text = context.string("Command") ?? ""
        let ast: ScriptBlockAst
        do {
            ast = try Parser.parseScript(SourceFile(name: "<Invoke-Expression>", text: text))
        } catch {
            throw context.terminatingError(error.message, id: error.errorId, category: .parserError,
                                           exceptionType: "System.Management.Automation.ParseException", target: .string(text))
        }
        do {
            try context.runspace.invokeBlockInCurrentScope(ScriptBlock(ast), dollarUnder: nil, output: context.output)
        } catch let error as ScriptError where error.record.cmdletTypeName == nil && error.record.commandName == nil {
            // An error of the expression itself is Invoke-Expression's, as pwsh's id says (`TypeNotFound,...InvokeExpressionCommand`).
            error.record.cmdletTypeName = context.implementingType ?? "Microsoft.PowerShell.Commands.InvokeExpressionCommand"
            throw error
        }
    }
}
