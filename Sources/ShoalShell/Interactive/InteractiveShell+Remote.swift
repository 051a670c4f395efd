// The prompt inside Enter-PSSession: each line runs in the PSSession,
// formatted on the far side (`Out-String -Stream` there, as pwsh formats
// remote output before it comes back), through Invoke-Command, which
// gives it Ctrl-C, streaming and errors. `exit` and Exit-PSSession come
// back to the local prompt; a session that breaks does too, with a warning.

import ShoalJobs
import ShoalRuntime
import ShoalSyntax

extension InteractiveShell {
    /// The variable that carries the typed line to the wrapper.
    static let remoteTextVariable = "__shoal_remote_line"

    /// Runs one typed line in `remote`; an exit status is never asked for.
    func executeRemotely(_ text: String, in remote: RemoteSession) {
        let start = DateTimeValue.now()
        editor.addHistory(text)
        _ = historyFile.append(text)
        let word = text.trimmingBlanks().lowercased()
        if word == "exit" || word == "exit-pssession" {
            session.jobs.leaveSession()
            remember(text, status: "Completed", start: start)
            return
        }
        runspace.globalScope.setLocal(InteractiveShell.remoteTextVariable, .string(text))
        // The line becomes a script block of its own on the far side, so an
        // error there points at the typed line's own line and column; `$args`
        // carries it, as a named parameter would become a session variable.
        let wrapper = """
            Invoke-Command -Session (Get-PSSession -Id \(remote.id)) -ArgumentList $\(InteractiveShell.remoteTextVariable) -ScriptBlock {
                . ([scriptblock]::Create($args[0])) | Out-String -Stream }
            """
        guard let ast = try? Parser.parseScript(SourceFile(name: "<interactive>", text: wrapper)) else { return }
        let outcome = run(ScriptBlock(ast))
        remember(text, status: outcome.status, start: start)
        if !remote.isOpen {
            runspace.host.writeDiagnostic("WARNING: The PSSession to \(remote.computerName) is \(remote.stateName); back at the local prompt.\n",
                                          kind: .warning)
            session.jobs.leaveSession()
        }
    }

    /// `[host]: PS <far side's location>> `.
    func remotePrompt(_ remote: RemoteSession) -> String {
        let sink = CollectingSink()
        let query = "Invoke-Command -Session (Get-PSSession -Id \(remote.id)) { $PWD.Path } -ErrorAction Ignore"
        if let ast = try? Parser.parseScript(SourceFile(name: "<prompt>", text: query)) {
            try? runspace.invokeBlockInCurrentScope(ScriptBlock(ast), dollarUnder: nil, output: sink)
        }
        let location = sink.items.first.map(Conversion.toString) ?? "?"
        return "[\(remote.computerName)]: PS \(location)> "
    }
}
