// A plain read-evaluate-print loop for terminals, used until the libedit
// line editor (the interactive-shell issue) replaces it: it reads whole
// lines, continues incomplete input on `>> ` lines and keeps the session.

import Glibc
import ShoalRuntime
import ShoalSyntax

struct SimpleRepl {
    let session: Session

    func run() -> Int32 {
        let runspace = session.runspace
        var pending = ""
        while true {
            let prompt = pending.isEmpty ? "PS \(runspace.location)> " : ">> "
            runspace.host.writeOutput(prompt)
            runspace.host.flush()
            guard let line = readLine(strippingNewline: true) else { return 0 }
            pending += (pending.isEmpty ? "" : "\n") + line
            let file = SourceFile(name: "<interactive>", text: pending)
            let block: ScriptBlock
            do {
                block = ScriptBlock(try Parser.parseScript(file))
            } catch {
                if error.isIncompleteInput { continue }
                runspace.host.writeError(error.description + "\n")
                pending = ""
                continue
            }
            pending = ""
            let sink = HostOutputSink(host: runspace.host)
            do {
                try runspace.runScript(block, arguments: [], output: sink, scriptPath: nil)
            } catch let flow as ControlFlow {
                sink.finish()
                if case .exitScript(let code) = flow { return code }
            } catch let error as ScriptError {
                sink.finish()
                runspace.recordError(error.record)
                runspace.host.writeError(error.record.displayText + "\n")
            } catch {
                sink.finish()
            }
            sink.finish()
        }
    }
}
