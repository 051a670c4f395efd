// The interactive shell: the read-evaluate-print loop on a terminal, with
// the libedit line editor, continuation (`>> `) lines for incomplete input,
// Ctrl-C while editing (discards the line) and while a command runs (stops
// that foreground command, never a background job), Ctrl-D and `exit` (with
// a warning once while jobs still run), the history file, tab completion
// and background-job notices. Startup (locale, profile, settings) is in
// InteractiveShell+Startup.swift. Used only when standard input is a
// terminal; otherwise ScriptRunner reads the commands.

import Glibc
import ShoalLineEditor
import ShoalRuntime
import ShoalSyntax
import Synchronization

final class InteractiveShell {
    let session: Session
    let commandLine: ShoalCommandLine
    let editor: LineEditor
    let notices: NoticeCenter
    let historyFile: HistoryFile
    let history: SessionHistory
    let executables = ExecutableCache()
    /// `exit` was refused once because jobs are running.
    var exitWarned = false

    var runspace: Runspace { session.runspace }

    init(session: Session, commandLine: ShoalCommandLine) {
        InteractiveShell.setUpLocale()
        self.session = session
        self.commandLine = commandLine
        editor = LineEditor(useStandardError: isatty(1) != 1)
        notices = NoticeCenter(table: session.jobs, wakeup: editor.wakeup)
        historyFile = HistoryFile(path: HistoryFile.defaultPath())
        history = SessionHistory.of(session.runspace)
    }

    /// Runs until `exit` or Ctrl-D; returns the exit status.
    func run() -> Int32 {
        start()
        var pending = ""
        while true {
            applySettings()
            notices.flushBeforePrompt()
            notices.noticesShown()
            for entry in historyFile.readNew() { editor.addHistory(entry) }
            runspace.host.flush()
            let prompt = pending.isEmpty ? promptText() : ">> "
            switch editor.readLine(prompt: prompt) {
            case .interrupted:
                pending = ""
            case .endOfFile:
                pending = ""
                if let code = leave(0) { return code }
            case .line(let line):
                pending = pending.isEmpty ? line : pending + "\n" + line
                let text = pending
                let block: ScriptBlock
                do {
                    block = ScriptBlock(try Parser.parseScript(SourceFile(name: "<interactive>", text: text)))
                } catch {
                    if error.isIncompleteInput { continue }
                    pending = ""
                    remember(text, status: "Failed", start: DateTimeValue.now())
                    runspace.host.writeError(error.description + "\n")
                    continue
                }
                // A paste whose next line starts with `|` goes on with this pipeline.
                if editor.queuedInputContinuesPipeline() { continue }
                pending = ""
                if text.trimmingBlanks().isEmpty { continue }
                if let remote = session.jobs.enteredSession {
                    executeRemotely(text, in: remote)
                    continue
                }
                if let code = execute(block, text: text) { return code }
            }
        }
    }

    /// Runs one command line; returns an exit status when it was `exit`
    /// and the shell should leave.
    func execute(_ block: ScriptBlock, text: String) -> Int32? {
        let start = DateTimeValue.now()
        editor.addHistory(text)
        if let warning = historyFile.append(text) { runspace.host.writeDiagnostic("WARNING: \(warning)\n", kind: .warning) }
        let outcome = run(block)
        remember(text, status: outcome.status, start: start)
        if case .exit(let code) = outcome { return leave(code) }
        exitWarned = false
        return nil
    }

    enum Outcome {
        case completed(succeeded: Bool)
        case stopped
        case exit(Int32)

        var status: String {
            switch self {
            case .completed(let succeeded): return succeeded ? "Completed" : "Failed"
            case .stopped: return "Stopped"
            case .exit: return "Completed"
            }
        }
    }

    /// Runs a parsed command in the global scope with Ctrl-C armed.
    func run(_ block: ScriptBlock) -> Outcome {
        let host = runspace.host
        let sink = HostOutputSink(host: host, style: runspace.style, runspace: runspace)
        runspace.stopSignal.reset()
        editor.wakeup.commandStarted()
        defer {
            editor.wakeup.commandEnded()
            runspace.stopSignal.reset()
            sink.finish()
            host.flushPendingOutput()
        }
        do {
            try runspace.runScript(block, arguments: [], output: sink, scriptPath: nil)
            return .completed(succeeded: runspace.status.lastCommandSucceeded)
        } catch let flow as ControlFlow {
            if case .exitScript(let code) = flow { return .exit(code) }
            return .completed(succeeded: true)
        } catch let error as ScriptError {
            sink.finish()
            runspace.recordError(error.record)
            host.writeError(error.record.displayText + "\n")
            return .completed(succeeded: false)
        } catch is PipelineStoppedError {
            runspace.status.lastCommandSucceeded = false
            host.writeOutput("\n")  // after the terminal's `^C`
            return .stopped
        } catch {
            sink.finish()
            host.writeError("\(error)\n")
            return .completed(succeeded: false)
        }
    }

    /// `exit` or Ctrl-D: with jobs still running, warns once and stays.
    func leave(_ code: Int32) -> Int32? {
        let running = session.jobs.all.filter { !$0.state.isFinished }
        if running.isEmpty || exitWarned { return code }
        exitWarned = true
        let list = running.map { "[\($0.id)] \($0.name)" }.joined(separator: ", ")
        let noun = running.count == 1 ? "job is" : "jobs are"
        runspace.host.writeDiagnostic("WARNING: \(running.count) \(noun) still running (\(list)). "
                                      + "Type 'exit' again to stop them and leave.\n", kind: .warning)
        return nil
    }

    func remember(_ text: String, status: String, start: DateTimeValue) {
        history.add(text, start: start, end: DateTimeValue.now(), status: status)
    }

    /// `PS <location>> `, or what the user's `prompt` function returns;
    /// `[host]: PS <location>> ` inside Enter-PSSession.
    func promptText() -> String {
        if let remote = session.jobs.enteredSession { return remotePrompt(remote) }
        let fallback = "PS \(runspace.locationText)> "
        guard runspace.scope.lookupFunction("prompt") != nil,
              let ast = try? Parser.parseScript(SourceFile(name: "<prompt>", text: "prompt")) else { return fallback }
        let sink = CollectingSink()
        let savedSucceeded = runspace.status.lastCommandSucceeded
        defer { runspace.status.lastCommandSucceeded = savedSucceeded }
        do {
            try runspace.invokeBlockInCurrentScope(ScriptBlock(ast), dollarUnder: nil, output: sink)
        } catch {
            return "PS> "
        }
        let text = sink.items.map(Conversion.toString).joined()
        return text.isEmpty ? "PS> " : text
    }
}
