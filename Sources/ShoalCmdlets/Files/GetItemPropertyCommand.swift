// Get-ItemProperty: the properties of files and directories. Without -Name
// it is the item itself; with -Name, an object with those properties and
// the provider's PSPath, PSParentPath, PSChildName, PSDrive and PSProvider.

import ShoalRuntime

final class GetItemPropertyCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Get-ItemProperty", synopsis: "Gets the properties of a specified item.",
        parameters: PathParameters.pathAndLiteralPath + [
            ParameterDescriptor("Name", type: "string[]", position: 1, aliases: ["PSProperty"], help: "The properties to get, such as Length or LastWriteTime; without it the item itself is written."),
        ] + PathParameters.nameFilters,
        description: "Gets an item's properties, or only the ones -Name names.",
        examples: [
            HelpExample("Read one property of a file",
                        code: "$file = New-TemporaryFile\n(Get-ItemProperty $file -Name Length).Length\nRemove-Item $file",
                        output: "0\n"),
            HelpExample("Read several properties at once",
                        code: "$file = New-TemporaryFile\nSet-Content $file 'hello' -NoNewline\nGet-ItemProperty $file -Name Length, Extension | Select-Object Length, Extension\nRemove-Item $file",
                        output: "\nLength Extension\n------ ---------\n     5 .tmp\n\n"),
            HelpExample("The sizes of some files of a folder",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-getitemproperty-3'\n$null = New-Item -ItemType Directory $dir\nSet-Content \"$dir/app.log\" ('x' * 99)\nSet-Content \"$dir/db.log\" ('x' * 9)\nSet-Content \"$dir/notes.txt\" 'hi'\nGet-ItemProperty \"$dir/*\" -Name Length -Include *.log | ForEach-Object { '{0} {1}' -f $_.PSChildName, $_.Length }\nRemove-Item -Recurse $dir",
                        output: "app.log 100\ndb.log 10\n",
                        remarks: "PSChildName is the item's name, added to every object Get-ItemProperty -Name writes."),
        ])

    func process(_ context: CmdletContext) throws {
        let names = NameFilter(context: context)
        let wanted = context.value("Name")?.strings
        for path in try PathResolver(context: context).existingPaths() {
            guard let item = FileSystemItem(path: path), names.accepts(item.name) else { continue }
            guard let wanted else {
                try context.write(.native(item))
                continue
            }
            let result = PSObject()
            for name in wanted {
                guard let canonical = item.propertyNames.first(where: { $0.lowercased() == name.lowercased() }) else {
                    try context.writeError(ErrorRecord("Property \(name) does not exist at path \(path).",
                                                       exceptionType: "System.Management.Automation.PSArgumentException",
                                                       errorId: "System.Management.Automation.PSArgumentException", category: .invalidArgument,
                                                       target: .string(name)))
                    continue
                }
                result.set(canonical, item.property(canonical) ?? .null)
            }
            for name in ["PSPath", "PSParentPath", "PSChildName"] { result.set(name, item.property(name) ?? .null) }
            result.set("PSDrive", .string("/"))
            result.set("PSProvider", .string("Microsoft.PowerShell.Core\\FileSystem"))
            try context.write(.object(result))
        }
    }
}
