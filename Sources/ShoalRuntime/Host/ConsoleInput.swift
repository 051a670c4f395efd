// Reading a line the user types for Read-Host: from the terminal (with
// echo off and a `*` per character when the input is masked) or from
// redirected standard input. Waits in short polls so that Ctrl-C (a stop
// request) ends the read.

import Glibc

public enum ConsoleInput {
    /// The next line of standard input without its line end; nil at end of
    /// input or when `isStopped` turns true while waiting. `showPrompt` runs once
    /// the terminal is in the mode the read needs: a password typed as soon as
    /// its prompt appears is then never echoed.
    public static func readLine(masked: Bool, showPrompt: () -> Void = {}, isStopped: () -> Bool) -> String? {
        let isTerminal = isatty(0) == 1
        var saved = termios()
        let changesMode = isTerminal && masked && tcgetattr(0, &saved) == 0
        if changesMode {
            var raw = saved
            // Characters one at a time and not echoed; Ctrl-C still signals.
            raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
            withUnsafeMutablePointer(to: &raw.c_cc) { pointer in
                pointer.withMemoryRebound(to: cc_t.self, capacity: Int(NCCS)) { cc in
                    cc[Int(VMIN)] = 1
                    cc[Int(VTIME)] = 0
                }
            }
            tcsetattr(0, TCSANOW, &raw)
        }
        showPrompt()
        defer {
            if changesMode {
                tcsetattr(0, TCSANOW, &saved)
                echo("\n")
            }
        }
        var bytes: [UInt8] = []
        while true {
            var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, 100)
            if isStopped() {
                if isTerminal { tcflush(0, TCIFLUSH) }
                return nil
            }
            if ready <= 0 { continue }
            var byte: UInt8 = 0
            let count = read(0, &byte, 1)
            if count < 0, errno == EINTR { continue }
            if count <= 0 { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
            if byte == 0x0a || (changesMode && byte == 0x0d) { break }
            if changesMode {
                if byte == 0x7f || byte == 0x08 {
                    // Backspace takes back one character (all its bytes) and its star.
                    while let last = bytes.popLast(), last & 0xc0 == 0x80 {}
                    echo("\u{8} \u{8}")
                    continue
                }
                if byte & 0xc0 != 0x80 { echo("*") }
            }
            bytes.append(byte)
        }
        if bytes.last == 0x0d { bytes.removeLast() }
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func echo(_ text: String) {
        var bytes = Array(text.utf8)
        _ = write(1, &bytes, bytes.count)
    }
}
