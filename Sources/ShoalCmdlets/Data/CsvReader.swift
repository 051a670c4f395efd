// Reads CSV text into PSCustomObjects the way PowerShell's ImportCsvHelper
// does: an optional `#TYPE` line, a header (or -Header), quoted fields
// with doubled quotes and embedded line breaks, blank lines skipped, and
// missing trailing fields as $null. Shared by ConvertFrom-Csv and Import-Csv.

import ShoalRuntime

struct CsvReader {
    let delimiter: Character

    /// One record's fields per line (a quoted field may span lines).
    func records(_ text: String) -> [[String]] {
        var records: [[String]] = []
        var fields: [String] = []
        var field = ""
        var inQuotes = false
        var fieldStarted = false
        var quotedField = false
        let characters = Array(text)
        var index = 0
        func endField() {
            fields.append(quotedField ? field : field.trimmingTrailingBlanks())
            field = ""
            fieldStarted = false
            quotedField = false
        }
        while index < characters.count {
            let character = characters[index]
            index += 1
            if inQuotes {
                if character == "\"" {
                    if index < characters.count, characters[index] == "\"" {
                        field.append("\"")
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.append(character)
                }
                continue
            }
            switch character {
            case delimiter:
                endField()
            case "\"" where !fieldStarted:
                inQuotes = true
                fieldStarted = true
                quotedField = true
            case "\n", "\r\n", "\r":
                endField()
                records.append(fields)
                fields = []
            case " " where !fieldStarted, "\t" where !fieldStarted:
                // Leading blanks before a field are dropped.
                continue
            default:
                // Text after a closing quote (`"a" b`) is kept, but blanks right after it are not.
                if quotedField, !inQuotes, character == " " || character == "\t" { continue }
                field.append(character)
                fieldStarted = true
            }
        }
        if fieldStarted || !fields.isEmpty || !field.isEmpty {
            endField()
            records.append(fields)
        }
        return records
    }

    /// Objects from CSV text; `header` replaces the file's header line when given.
    func objects(_ text: String, header givenHeader: [String]?) throws -> [Value] {
        var records = self.records(text)
        var typeName: String?
        if let first = records.first?.first, first.hasPrefix("#") {
            if first.lowercased().hasPrefix("#type") {
                let name = String(first.dropFirst(5)).trimmingCharacters()
                typeName = name.isEmpty ? nil : name
            }
            records.removeFirst()
        }
        var header = givenHeader
        if header == nil {
            while let first = records.first, header == nil {
                records.removeFirst()
                var names = first
                // Trailing empty names (a trailing delimiter) are dropped.
                while names.count > 1, names.last == "" { names.removeLast() }
                if names.first?.hasPrefix("#") == true { continue }
                header = names
            }
        }
        guard let header else { return [] }
        try CsvReader.validate(header)
        var result: [Value] = []
        for record in records {
            if record.count == 1, record[0].isEmpty { continue }
            let object = PSObject(typeName: typeName.map { "CSV:" + $0 } ?? "System.Management.Automation.PSCustomObject")
            for (index, name) in header.enumerated() {
                object.set(name.isEmpty ? "H\(index + 1)" : name, index < record.count ? .string(record[index]) : .null)
            }
            result.append(.object(object))
        }
        return result
    }

    struct DuplicateHeaderError: Error { let name: String }

    static func validate(_ header: [String]) throws {
        var seen = Set<String>()
        for name in header where !name.isEmpty {
            if !seen.insert(name.lowercased()).inserted { throw DuplicateHeaderError(name: name) }
        }
    }

    /// The terminating error PowerShell gives for a repeated column name.
    static func duplicateHeaderError(_ name: String, _ context: CmdletContext) -> ScriptError {
        context.terminatingError("The member \"\(name)\" is already present.", id: "AlreadyPresentPSMemberInfoInternalCollectionAdd",
                                 category: .notSpecified, exceptionType: "System.Management.Automation.ExtendedTypeSystemException")
    }
}

extension String {
    func trimmingTrailingBlanks() -> String {
        var text = Substring(self)
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return String(text)
    }
}
