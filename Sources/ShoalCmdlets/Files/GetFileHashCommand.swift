// Get-FileHash: the SHA256 (or SHA1, SHA384, SHA512, MD5) hash of files,
// as FileHashInfo objects (Algorithm, Hash in upper-case hex, Path); files
// stream through in 1 MiB reads, so size does not matter. As pwsh 7.4,
// except -InputStream (shoal has no .NET streams).

import Glibc
import ShoalRuntime

final class GetFileHashCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Get-FileHash", synopsis: "Computes the hash value for a file by using a specified hash algorithm.",
        parameters: PathParameters.pathAndLiteralPath + [
            ParameterDescriptor("Algorithm", type: "string", validateSet: MessageDigest.Algorithm.allCases.map(\.rawValue), help: "The hash function: SHA256 (the default), SHA1, SHA384, SHA512 or MD5."),
        ],
        description: "Computes a file's (or a stream's) hash: SHA256 by default, or SHA1, SHA384, SHA512 and MD5 with -Algorithm.",
        examples: [
            HelpExample("Hash a file",
                        code: "$file = New-TemporaryFile\nSet-Content $file 'abc' -NoNewline\n(Get-FileHash $file).Hash\n(Get-FileHash $file -Algorithm MD5).Hash\nRemove-Item $file",
                        output: "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD\n900150983CD24FB0D6963F7D28E17F72\n"),
            HelpExample("Check a download against its published checksum",
                        code: "$file = New-TemporaryFile\nSet-Content $file 'abc' -NoNewline\n$published = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'\nif ((Get-FileHash $file).Hash -eq $published) { 'checksum OK' } else { 'checksum MISMATCH' }\nRemove-Item $file",
                        output: "checksum OK\n",
                        remarks: "The hash is upper-case hex; -eq ignores case, so a lower-case published sum matches."),
            HelpExample("Find duplicate files",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-getfilehash-3'\n$null = New-Item -ItemType Directory $dir\nSet-Content \"$dir/report.pdf\" 'quarterly numbers'\nSet-Content \"$dir/report-copy.pdf\" 'quarterly numbers'\nSet-Content \"$dir/summary.pdf\" 'other numbers'\nGet-FileHash \"$dir/*\" | Group-Object Hash | Where-Object Count -gt 1 | ForEach-Object { $_.Group.Path | Split-Path -Leaf }\nRemove-Item -Recurse $dir",
                        output: "report-copy.pdf\nreport.pdf\n"),
        ])

    func process(_ context: CmdletContext) throws {
        let name = context.string("Algorithm") ?? "SHA256"
        guard let algorithm = MessageDigest.Algorithm.allCases.first(where: { $0.rawValue.lowercased() == name.lowercased() }) else { return }
        let resolver = PathResolver(context: context)
        let (paths, literal) = resolver.requestedPaths()
        for path in paths {
            let matches = try resolver.expand(path, literal: literal)
            // A wildcard that matches nothing is no error, as in pwsh.
            if matches.isEmpty || (matches.count == 1 && !FileSystem.exists(matches[0])) {
                if literal || !PathText.hasWildcard(path) {
                    try context.writeError(ErrorRecord(
                        "Cannot find path '\(resolver.absolute(path))' because it does not exist.",
                        exceptionType: "System.Management.Automation.ItemNotFoundException", errorId: "FileNotFound",
                        category: .objectNotFound, target: .string(path)))
                }
                continue
            }
            for file in matches { try hash(file, algorithm, context) }
        }
    }

    private func hash(_ path: String, _ algorithm: MessageDigest.Algorithm, _ context: CmdletContext) throws {
        if FileSystem.isDirectory(path) {
            try context.writeError(ErrorRecord("Access to the path '\(path)' is denied.", exceptionType: "System.UnauthorizedAccessException",
                                               errorId: "UnauthorizedAccessError", category: .invalidData, target: .string(path)))
            return
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else {
            try context.writeError(FileErrors.ioError("Cannot read \(path): \(FileSystem.lastErrorMessage)", id: "FileReadError",
                                                      path: path, category: .readError))
            return
        }
        defer { close(descriptor) }
        var digest = MessageDigest(algorithm)
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            try context.checkStopped()
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                try context.writeError(FileErrors.ioError("Cannot read \(path): \(FileSystem.lastErrorMessage)", id: "FileReadError",
                                                          path: path, category: .readError))
                return
            }
            if count == 0 { break }
            buffer.withUnsafeBytes { digest.update(UnsafeRawBufferPointer(rebasing: $0[0..<count])) }
        }
        let hex = digest.finish().map { byte in
            let text = String(byte, radix: 16, uppercase: true)
            return byte < 16 ? "0" + text : text
        }.joined()
        let info = PSObject(typeName: "Microsoft.PowerShell.Commands.FileHashInfo")
        info.set("Algorithm", .string(algorithm.rawValue))
        info.set("Hash", .string(hex))
        info.set("Path", .string(path))
        try context.write(.object(info))
    }
}
