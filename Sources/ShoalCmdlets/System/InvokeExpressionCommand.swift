// Invoke-Expression: parses a string as script and runs it in the
// caller's scope, so its assignments and functions stay behind. A syntax
// error is PowerShell's ParseException, terminating the statement.

import ShoalRuntime
import ShoalSyntax

public final class InvokeExpressionCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Invoke-Expression", synopsis: "Runs commands or expressions on the local computer.",
        parameters: [
            ParameterDescriptor("Command", type: "string", position: 0, mandatory: true, pipeline: true,
                                help: "The PowerShell code to run, as a string (one or more lines); piped strings run one after another."),
        ],
        description: "Runs a string as PowerShell code in the current scope.",
        examples: [
            HelpExample("Run code built at run time",
                        code: "$operation = '*'\nInvoke-Expression \"6 $operation 7\"",
                        output: "42\n"),
            HelpExample("Load settings written as assignments",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-invokeexpression-2'\nNew-Item -ItemType Directory -Path $dir -Force | Out-Null\n$file = Join-Path $dir 'settings.ps1'\nSet-Content -Path $file -Value '$retries = 3', '$timeoutSeconds = 30'\nGet-Content -Path $file -Raw | Invoke-Expression\n\"retries=$retries timeout=$timeoutSeconds\"\nRemove-Item -Path $dir -Recurse",
                        output: "retries=3 timeout=30\n",
                        remarks: "The code runs in the current scope, so the variables it sets stay defined. Never pass text from users or the network to Invoke-Expression: it runs whatever the text says. To run a command held in a variable, use & $command instead."),
            HelpExample("A syntax error in the string",
                        code: "$command = 'Get-ChildItem |'\ntry { Invoke-Expression $command } catch {\n    $_.Exception.GetType().Name\n    $_.Exception.Message\n}",
                        output: "ParseException\nAn empty pipe element is not allowed.\n",
                        remarks: "The text is parsed only when Invoke-Expression runs, so a mistake in it is a ParseException at that point, which try/catch can handle."),
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
