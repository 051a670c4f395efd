// ConvertFrom-StringData: `name = value` lines (blank lines and `#`
// comments skipped, values unescaped as .NET's Regex.Unescape does) to a
// hashtable, one per input string; as pwsh 7.4, with its errors.

import ShoalRuntime

final class ConvertFromStringDataCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "ConvertFrom-StringData", synopsis: "Converts a string containing one or more key and value pairs to a hash table.",
        parameters: [
            ParameterDescriptor("StringData", type: "string", position: 0, pipeline: true, help: "The text to convert, one name = value pair a line; blank lines and lines starting with # are skipped, and values are unescaped as regular-expression text (\\n, \\t, \\\\)."),
            ParameterDescriptor("Delimiter", type: "char", position: 1, help: "The character between each name and its value (= by default); only the first on a line counts."),
        ],
        description: "Converts lines of `name = value` text into a hashtable; -Delimiter changes the `=`.",
        examples: [
            HelpExample("Parse key-value text",
                        code: "$settings = \"host = web1`nport = 8080\" | ConvertFrom-StringData\n$settings.port",
                        output: "8080\n"),
            HelpExample("Read a settings file with comments and escapes",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-convertfromstringdata-2'\nNew-Item -ItemType Directory -Force $dir | Out-Null\n$file = Join-Path $dir 'app.properties'\nSet-Content $file '# database', 'db.host = db1.internal', 'db.port = 5432', 'motd = Welcome\\nback'\n$settings = Get-Content $file -Raw | ConvertFrom-StringData\n$settings['db.host']\n[int]$settings['db.port'] + 1\n$settings.motd\nRemove-Item -Recurse $dir",
                        output: "db1.internal\n5433\nWelcome\nback\n",
                        remarks: "Values are strings; \\n in a value becomes a line break, so a Windows path needs its backslashes doubled."),
            HelpExample("Parse 'Name: value' output with another delimiter",
                        code: "$status = \"State: running`nPid file: /run/web.pid`nUptime: 3 days\"\n$info = $status | ConvertFrom-StringData -Delimiter ':'\n$info.GetEnumerator() | Sort-Object Name | ForEach-Object { '{0,-8} -> {1}' -f $_.Name, $_.Value }",
                        output: "Pid file -> /run/web.pid\nState    -> running\nUptime   -> 3 days\n"),
        ])

    func process(_ context: CmdletContext) throws {
        let delimiter = context.string("Delimiter").flatMap(\.first) ?? "="
        let table = HashtableValue()
        for rawLine in (context.string("StringData") ?? "").split(separator: "\n", omittingEmptySubsequences: false) {
            let line = String(rawLine).trimmingCharacters()
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let index = line.firstIndex(of: delimiter), index != line.startIndex else {
                throw context.terminatingError("Data line '\(line)' is not in 'name=value' format. ", id: "InvalidOperation",
                                               category: .invalidOperation, exceptionType: "System.Management.Automation.PSInvalidOperationException")
            }
            let name = String(line[..<index]).trimmingCharacters()
            if table[.string(name)] != nil {
                throw context.terminatingError("Data item '\(name)' in line '\(line)' is already defined. ", id: "InvalidOperation",
                                               category: .invalidOperation, exceptionType: "System.Management.Automation.PSInvalidOperationException")
            }
            table[.string(name)] = .string(ConvertFromStringDataCommand.unescape(String(line[line.index(after: index)...]).trimmingCharacters()))
        }
        try context.write(.hashtable(table))
    }

    /// .NET's Regex.Unescape: `\n`, `\t`, `\r`, `\f`, `\v`, `\a`, `\e`,
    /// `\xHH`, `\uHHHH`, octal `\nnn`, and any other escaped character as itself.
    static func unescape(_ text: String) -> String {
        var scalars = Array(text.unicodeScalars)[...]
        var result = String.UnicodeScalarView()
        func hex(_ count: Int) -> Unicode.Scalar? {
            guard scalars.count >= count, let value = UInt32(String(String.UnicodeScalarView(scalars.prefix(count))), radix: 16),
                  let scalar = Unicode.Scalar(value) else { return nil }
            scalars.removeFirst(count)
            return scalar
        }
        while let scalar = scalars.popFirst() {
            guard scalar == "\\", let next = scalars.popFirst() else {
                result.append(scalar)
                continue
            }
            switch next {
            case "n": result.append("\n")
            case "t": result.append("\t")
            case "r": result.append("\r")
            case "f": result.append("\u{0C}")
            case "v": result.append("\u{0B}")
            case "a": result.append("\u{07}")
            case "e": result.append("\u{1B}")
            case "x": result.append(hex(2) ?? "x")
            case "u": result.append(hex(4) ?? "u")
            case "0"..."7":
                var value = next.value - 48
                for _ in 0..<2 {
                    guard let digit = scalars.first, ("0"..."7").contains(digit) else { break }
                    value = value * 8 + digit.value - 48
                    scalars.removeFirst()
                }
                result.append(Unicode.Scalar(value) ?? "\u{0}")
            default: result.append(next)
            }
        }
        return String(result)
    }
}
