// ConvertTo-Csv: objects as CSV lines, a header line first.

import ShoalRuntime

final class ConvertToCsvCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "ConvertTo-Csv", synopsis: "Converts .NET objects into a series of character-separated value (CSV) strings.",
        parameters: [ParameterDescriptor("InputObject", position: 0, mandatory: true, pipeline: true, help: "The objects to convert (piped); the first object's properties (or a hashtable's keys) are the columns.")] + CsvWriter.parameters,
        description: "Converts objects to lines of comma-separated values: a header of property names, then one line per object.",
        examples: [
            HelpExample("Objects to CSV",
                        code: "[pscustomobject]@{ Host = 'web1'; Port = 80 }, [pscustomobject]@{ Host = 'db1'; Port = 5432 } | ConvertTo-Csv",
                        output: "\"Host\",\"Port\"\n\"web1\",\"80\"\n\"db1\",\"5432\"\n"),
            HelpExample("Tab-separated values without quotes",
                        code: "[pscustomobject]@{ Host = 'web1'; Port = 80 }, [pscustomobject]@{ Host = 'db1'; Port = 5432 } |\n    ConvertTo-Csv -Delimiter \"`t\" -UseQuotes Never",
                        output: "Host\tPort\nweb1\t80\ndb1\t5432\n"),
            HelpExample("Quote only the fields that need it",
                        code: "@(\n    [pscustomobject]@{ Host = 'web1'; Note = 'front end, public'; Port = 443 }\n    [pscustomobject]@{ Host = 'db1'; Note = $null; Port = 5432 }\n) | ConvertTo-Csv -UseQuotes AsNeeded",
                        output: "Host,Note,Port\nweb1,\"front end, public\",443\ndb1,,5432\n",
                        remarks: "A $null value is an empty field."),
        ])
    var writer: CsvWriter?

    func begin(_ context: CmdletContext) throws { writer = try CsvWriter(context: context) }

    func process(_ context: CmdletContext) throws {
        guard let value = context.value("InputObject") else { return }
        // An array given as -InputObject is one object, as in PowerShell.
        for line in writer?.lines(for: value) ?? [] { try context.write(.string(line)) }
    }
}
