// `> file` and `>> file`: pipeline output formatted as Out-File would
// (plain text, the default width) and written to a file.

import Glibc
import ShoalSyntax

final class FileSink: OutputSink {
    let descriptor: Int32
    let formatter: StreamingFormatter

    init(path: String, append: Bool, runspace: Runspace, span: ShoalSyntax.SourceSpan) throws {
        formatter = StreamingFormatter(runspace: runspace)
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (append ? O_APPEND : O_TRUNC)
        descriptor = open(path, flags, 0o644)
        guard descriptor >= 0 else {
            throw ScriptError.runtime("Could not open file '\(path)': \(String(cString: strerror(errno))).",
                                      id: "FileOpenFailure", at: span, type: "System.IO.IOException", category: .openError)
        }
    }

    override func write(_ value: Value) throws {
        writeText(formatter.add(value))
    }

    func writeText(_ text: String) {
        guard !text.isEmpty else { return }
        let bytes = Array(text.utf8)
        bytes.withUnsafeBytes { _ = Glibc.write(descriptor, $0.baseAddress, bytes.count) }
    }

    func close() throws {
        writeText(formatter.finish())
    }

    deinit {
        writeText(formatter.finish())
        Glibc.close(descriptor)
    }
}
