// Starting the interactive shell: the UTF-8 locale libedit needs, the
// signal handlers and the Ctrl-C watcher, the history file, the settings
// variables (`$ShoalJobNotify`, `$ShoalEditMode`, `$MaximumHistoryCount`),
// `$PROFILE` and the profile script.

import Glibc
import ShoalLineEditor
import ShoalRuntime
import ShoalSyntax

extension InteractiveShell {
    /// Character handling follows the user's locale, or C.UTF-8 when that is
    /// plain C (without it libedit drops every non-ASCII byte). Only
    /// LC_CTYPE changes: number formatting stays as scripts expect.
    static func setUpLocale() {
        let chosen = setlocale(LC_CTYPE, "").map { String(cString: $0) } ?? "C"
        if chosen == "C" || chosen == "POSIX" { setlocale(LC_CTYPE, "C.UTF-8") }
    }

    /// `$XDG_CONFIG_HOME/shoal/profile.ps1`, by default `~/.config/shoal/profile.ps1`.
    static func profilePath() -> String {
        if let config = HistoryFile.environment("XDG_CONFIG_HOME"), config.hasPrefix("/") {
            return config + "/shoal/profile.ps1"
        }
        return (HistoryFile.environment("HOME") ?? "/") + "/.config/shoal/profile.ps1"
    }

    func start() {
        session.jobs.interactive.store(true, ordering: .relaxed)
        TerminalSignals.install(editor.wakeup)
        let stop = runspace.stopSignal
        let wakeup = editor.wakeup
        startNativeThread {
            while true {
                wakeup.waitForInterrupt()
                stop.request()
            }
        }
        executables.refresh()
        let global = runspace.globalScope
        global.setLocal("profile", .string(InteractiveShell.profilePath()))
        if global.lookup("shoaljobnotify") == nil { global.setLocal("shoaljobnotify", .string("Immediate")) }
        if global.lookup("shoaleditmode") == nil { global.setLocal("shoaleditmode", .string("Emacs")) }
        let limit = historyLimit
        editor.setHistorySize(limit)
        historyFile.trim(to: limit)
        let loaded = historyFile.load()
        if let warning = loaded.warning { runspace.host.writeDiagnostic("WARNING: \(warning)\n", kind: .warning) }
        for entry in loaded.entries.suffix(limit) { editor.addHistory(entry) }
        history.onClear = { [editor] in editor.clearHistory() }
        let provider = CompletionProvider(runspace: runspace, jobs: session.jobs, executables: executables)
        editor.completion = { provider.complete($0) }
        notices.start()
        if !commandLine.noProfile { runProfile() }
    }

    var historyLimit: Int {
        guard let value = runspace.variable("MaximumHistoryCount"), case .int(let count)? = Conversion.toNumber(value) else {
            return 4096
        }
        return max(1, count)
    }

    /// Reads the settings variables before each prompt.
    func applySettings() {
        notices.mode = NoticeCenter.Mode(preference: runspace.variable("ShoalJobNotify"))
        let mode = runspace.variable("ShoalEditMode").map(Conversion.toString)?.lowercased()
        editor.editMode = mode == "vi" ? .vi : .emacs
    }

    /// Runs the profile, if there is one, in the global scope (as if dot-sourced).
    func runProfile() {
        let path = InteractiveShell.profilePath()
        guard access(path, R_OK) == 0, let text = readTextFile(path) else { return }
        do {
            let block = ScriptBlock(try Parser.parseScript(SourceFile(name: path, text: text, path: path)))
            _ = run(block)
        } catch {
            runspace.host.writeError(error.description + "\n")
        }
    }
}
