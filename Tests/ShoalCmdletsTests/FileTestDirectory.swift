// A scratch directory for the file and data cmdlet tests: made with
// mkdtemp, removed when the test is done, and a helper that runs a script
// with it as the current location.

import Glibc
import ShoalRuntime
import ShoalTestSupport
import Testing

final class FileTestDirectory {
    let path: String

    init() {
        var template = Array("/tmp/shoal-files-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { mkdtemp($0.baseAddress!) }
        path = made.map { String(cString: $0) } ?? "/tmp"
    }

    deinit {
        // The directory is ours alone; rm -r it through a shell-free recursive walk.
        FileTestDirectory.removeTree(path)
    }

    /// Runs `script` with this directory as the location.
    func run(_ script: String) -> ScriptResult {
        runScript("Set-Location '\(path)'\n" + script)
    }

    /// Creates a file with `text` directly, without the cmdlets under test
    /// (and the directories `name` puts it in).
    func write(_ name: String, _ text: String) {
        var parent = ""
        for component in name.split(separator: "/").dropLast() {
            parent += "/" + component
            mkdir(path + parent, 0o755)
        }
        guard let file = fopen(path + "/" + name, "w") else {
            Issue.record("cannot create \(path)/\(name)")
            return
        }
        fputs(text, file)
        fclose(file)
    }

    func makeDirectory(_ name: String) { mkdir(path + "/" + name, 0o755) }

    func exists(_ name: String) -> Bool { access(path + "/" + name, F_OK) == 0 }

    func read(_ name: String) -> String? {
        guard let file = fopen(path + "/" + name, "r") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        while true {
            let c = fgetc(file)
            if c == EOF { break }
            bytes.append(UInt8(c))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    static func removeTree(_ path: String) {
        guard path.hasPrefix("/tmp/shoal-files-") else { return }
        if let names = DirectoryListing.names(path) {
            for name in names {
                let child = path + "/" + name
                var info = stat()
                if lstat(child, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
                    removeTree(child)
                } else {
                    unlink(child)
                }
            }
        }
        rmdir(path)
    }
}
