// Runs script text non-interactively (a file, `-c`, standard input) and
// turns the outcome into an exit status: `exit N` gives N, an unhandled
// terminating error or a failing last command gives 1, otherwise 0.

import Glibc
import ShoalRuntime
import ShoalSyntax

public struct ScriptRunner {
    public let session: Session

    public init(session: Session) { self.session = session }

    /// Parses and runs `text`; `arguments` bind to the script's param block.
    ///
    /// The status follows pwsh: `exit N` gives N and an unhandled
    /// terminating error gives 1; otherwise a script file (`-File`) gives 0,
    /// while commands (`-c`, standard input) give 1 when the last command
    /// failed (`$?` is false) and 0 when it succeeded.
    public func run(text: String, name: String, arguments: [String] = [], scriptPath: String? = nil) -> Int32 {
        let runspace = session.runspace
        let sink = HostOutputSink(host: runspace.host, style: runspace.style, runspace: runspace)
        defer { sink.finish() }
        let block: ScriptBlock
        do {
            block = ScriptBlock(try Parser.parseScript(SourceFile(name: name, text: text, path: scriptPath)))
        } catch {
            runspace.host.writeError(error.description + "\n")
            return 1
        }
        do {
            try runspace.runScript(block, arguments: ScriptRunner.parseArguments(arguments), output: sink,
                                   scriptPath: scriptPath)
        } catch let flow as ControlFlow {
            if case .exitScript(let code) = flow { return code }
            return 0
        } catch let error as ScriptError {
            sink.finish()
            runspace.recordError(error.record)
            runspace.host.writeError(error.record.displayText + "\n")
            return 1
        } catch is PipelineStoppedError {
            sink.finish()
            // The reader of standard output left: end quietly, with the
            // status a filter killed by SIGPIPE has.
            if (runspace.host as? ConsoleHost)?.isOutputBroken == true { return 128 + SIGPIPE }
            runspace.host.writeError("The pipeline has been stopped.\n")
            return 130
        } catch {
            sink.finish()
            runspace.host.writeError("\(error)\n")
            return 1
        }
        if scriptPath != nil { return 0 }
        return runspace.status.lastCommandSucceeded ? 0 : 1
    }

    /// Command-line words after the script: `-Name value` is named, the
    /// rest positional, all as strings (the param block converts them).
    static func parseArguments(_ words: [String]) -> [InvocationArgument] {
        words.map { word in
            if word.hasPrefix("-"), word.count > 1, let first = word.dropFirst().first, first.isLetter {
                let body = word.dropFirst()
                if let colon = body.firstIndex(of: ":") {
                    return .named(name: String(body[..<colon]), value: .string(String(body[body.index(after: colon)...])), span: nil)
                }
                return .named(name: String(body), value: nil, span: nil)
            }
            if let number = Conversion.parseNumber(word), !word.isEmpty { return .positional(number, span: nil) }
            return .positional(.string(word), span: nil)
        }
    }
}
