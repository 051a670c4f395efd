// ConvertFrom-Csv: CSV lines (piped or given) as PSCustomObjects.

import ShoalRuntime

final class ConvertFromCsvCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "ConvertFrom-Csv", synopsis: "Converts object properties in CSV format into CSV versions of the original objects.",
        parameters: [
            ParameterDescriptor("InputObject", type: "string[]", position: 0, mandatory: true, pipeline: true, help: "The CSV text, as lines or one multi-line string (piped); the first line is the header unless -Header is given."),
            ParameterDescriptor("Delimiter", type: "char", position: 1, help: "The character between fields (a comma by default)."),
            ParameterDescriptor("Header", type: "string[]", help: "The column names to use, for text without a header line; the first line is then read as data."),
            ParameterDescriptor("UseCulture", type: "switch", help: "Uses the current culture's list separator as the delimiter; in shoal that is a comma."),
        ],
        description: "Converts comma-separated lines to objects, with the first line (or -Header) naming the properties.",
        examples: [
            HelpExample("CSV text to objects",
                        code: "'Host,Port', 'web1,80', 'db1,5432' | ConvertFrom-Csv | ForEach-Object { \"$($_.Host):$($_.Port)\" }",
                        output: "web1:80\ndb1:5432\n"),
            HelpExample("Read colon-separated text that has no header",
                        code: "$passwd = @'\nroot:x:0:0:root:/root:/bin/bash\ndaemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\nwww-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\n'@\n$passwd -split \"`n\" | ConvertFrom-Csv -Delimiter ':' -Header User, Password, Uid, Gid, Info, Home, Shell |\n    Where-Object Shell -eq '/usr/sbin/nologin' | Format-Table User, Uid, Home",
                        output: "\nUser     Uid Home\n----     --- ----\ndaemon   1   /usr/sbin\nwww-data 33  /var/www\n\n"),
            HelpExample("Quoted fields keep their commas and quotes",
                        code: "$csv = @'\nName,Description,Port\nweb1,\"Front end, public\",443\ndb1,\"Says \"\"hi\"\"\",5432\n'@\n$csv | ConvertFrom-Csv | Format-Table",
                        output: "\nName Description       Port\n---- -----------       ----\nweb1 Front end, public 443\ndb1  Says \"hi\"         5432\n\n",
                        remarks: "Every value comes back as a string: cast it ([int]$_.Port) to compute with it."),
        ])
    var lines: [String] = []

    func process(_ context: CmdletContext) throws {
        lines += context.value("InputObject")?.enumeratedItems.map(Conversion.toString) ?? []
    }

    func end(_ context: CmdletContext) throws {
        let reader = CsvReader(delimiter: CsvWriter.delimiter(context))
        let header = context.value("Header")?.enumeratedItems.map(Conversion.toString)
        do {
            for object in try reader.objects(lines.joined(separator: "\n"), header: header) { try context.write(object) }
        } catch let error as CsvReader.DuplicateHeaderError {
            throw CsvReader.duplicateHeaderError(error.name, context)
        }
    }
}
