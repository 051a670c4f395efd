// New-TemporaryFile: creates an empty file with a unique name in the
// temporary directory ($env:TMPDIR, else /tmp), readable only by its
// owner, and returns it (a FileInfo), as pwsh does through .NET's
// Path.GetTempFileName (tmpXXXXXX.tmp).

import Glibc
import ShoalRuntime

final class NewTemporaryFileCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "New-TemporaryFile", synopsis: "Creates a temporary file.",
        parameters: [], confirmImpact: .low,
        description: "Creates an empty file with a unique name in the temporary directory and writes it.",
        examples: [
            HelpExample("A scratch file",
                        code: "$file = New-TemporaryFile\n$file.Length\nRemove-Item $file",
                        output: "0\n"),
            HelpExample("Hold a command's output for a moment",
                        code: "$tmp = New-TemporaryFile\n'server=web1', 'server=web2' | Set-Content $tmp\n(Select-String -Path $tmp -Pattern 'web2').Line\nRemove-Item $tmp",
                        output: "server=web2\n"),
            HelpExample("Where the file is made",
                        code: "$tmp = New-TemporaryFile\n$tmp.Extension\n$tmp.DirectoryName -eq [System.IO.Path]::GetTempPath().TrimEnd('/')\n$tmp.UnixMode\nRemove-Item $tmp",
                        output: ".tmp\nTrue\n-rw-------\n",
                        remarks: "The folder is $env:TMPDIR, or /tmp when it is not set; only the file's owner can read it."),
        ])

    func end(_ context: CmdletContext) throws {
        var directory = ProcessEnvironment.get("TMPDIR").flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        while directory.count > 1, directory.hasSuffix("/") { directory.removeLast() }
        // pwsh's target is the directory (Path.GetTempPath(), with its trailing separator).
        guard try context.shouldProcess(directory + (directory.hasSuffix("/") ? "" : "/"), action: "New-TemporaryFile") else { return }
        // mkstemps replaces the six X's and keeps the ".tmp" suffix; the file is created 0600.
        var template = Array((directory + "/tmpXXXXXX.tmp").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 4) }
        guard descriptor >= 0 else {
            throw context.terminatingError("Could not create a temporary file in \(directory): \(FileSystem.lastErrorMessage)",
                                           id: "NewTemporaryFileWriteError", category: .writeError, exceptionType: "System.IO.IOException")
        }
        close(descriptor)
        let path = String(nulTerminated: template)
        guard let item = FileSystemItem(path: path) else { return }
        try context.write(.native(item))
    }
}
