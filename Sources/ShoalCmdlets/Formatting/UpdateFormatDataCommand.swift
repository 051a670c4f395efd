// Update-FormatData: loads *.format.ps1xml files into this runspace's
// format data, so objects of their types print with the views they
// declare (and Format-Table/Format-List -View find them by name).
// -AppendPath files come after the built-in views, -PrependPath files
// before them; without paths, the files already loaded are read again.
// A file with an error loads nothing, as in pwsh.

import ShoalRuntime

final class UpdateFormatDataCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Update-FormatData", synopsis: "Updates the formatting data in the current session.",
        parameters: [
            ParameterDescriptor("AppendPath", type: "string[]", position: 0, pipeline: true, pipelineByPropertyName: true,
                                aliases: ["PSPath", "Path"], help: "The *.format.ps1xml files to load (wildcards allowed); their views come after the views already loaded. With no paths at all, the files loaded before are read again."),
            ParameterDescriptor("PrependPath", type: "string[]", help: "The *.format.ps1xml files to load ahead of the built-in views, so their views win for types that already have one."),
        ],
        confirmImpact: .medium,
        description: "Loads the table and list views of *.format.ps1xml files into this runspace; objects of their types then print with them, and Format-Table -View finds them by name.",
        examples: [
            HelpExample("A view for your own objects",
                        code: "$file = Join-Path ([System.IO.Path]::GetTempPath()) \"demo-$PID.format.ps1xml\"\nSet-Content $file '<Configuration><ViewDefinitions><View><Name>Demo</Name><ViewSelectedBy><TypeName>Demo.Item</TypeName></ViewSelectedBy><TableControl><TableHeaders><TableColumnHeader><Label>ITEM</Label></TableColumnHeader></TableHeaders><TableRowEntries><TableRowEntry><TableColumnItems><TableColumnItem><PropertyName>Name</PropertyName></TableColumnItem></TableColumnItems></TableRowEntry></TableRowEntries></TableControl></View></ViewDefinitions></Configuration>'\nUpdate-FormatData -AppendPath $file\n$item = [pscustomobject]@{ Name = 'x'; Hidden = 1 }\n$item.PSObject.TypeNames.Insert(0, 'Demo.Item')\n$item | Out-String -Stream | Where-Object { $_ }\nRemove-Item $file",
                        output: "ITEM\n----\nx\n"),
            HelpExample("Choose between named views with -View",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-updateformatdata-2'\nNew-Item -ItemType Directory -Force $dir | Out-Null\n$file = Join-Path $dir 'Servers.format.ps1xml'\nSet-Content $file @'\n<Configuration><ViewDefinitions>\n  <View><Name>Short</Name><ViewSelectedBy><TypeName>Demo.Server</TypeName></ViewSelectedBy>\n    <TableControl><TableHeaders><TableColumnHeader /></TableHeaders>\n      <TableRowEntries><TableRowEntry><TableColumnItems>\n        <TableColumnItem><PropertyName>Name</PropertyName></TableColumnItem>\n      </TableColumnItems></TableRowEntry></TableRowEntries></TableControl></View>\n  <View><Name>Full</Name><ViewSelectedBy><TypeName>Demo.Server</TypeName></ViewSelectedBy>\n    <TableControl><TableHeaders><TableColumnHeader /><TableColumnHeader /><TableColumnHeader /></TableHeaders>\n      <TableRowEntries><TableRowEntry><TableColumnItems>\n        <TableColumnItem><PropertyName>Name</PropertyName></TableColumnItem>\n        <TableColumnItem><PropertyName>Ip</PropertyName></TableColumnItem>\n        <TableColumnItem><PropertyName>Os</PropertyName></TableColumnItem>\n      </TableColumnItems></TableRowEntry></TableRowEntries></TableControl></View>\n</ViewDefinitions></Configuration>\n'@\nUpdate-FormatData -AppendPath $file\n$server = [pscustomobject]@{ PSTypeName = 'Demo.Server'; Name = 'web1'; Ip = '10.0.0.11'; Os = 'linux' }\n$server | Format-Table\n$server | Format-Table -View Full\nRemove-Item -Recurse $dir",
                        output: "\nName\n----\nweb1\n\n\nName Ip        Os\n---- --        --\nweb1 10.0.0.11 linux\n\n",
                        remarks: "The first view for a type is its default; Format-Table -View picks another by name."),
            HelpExample("Reload a view file after editing it",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-updateformatdata-3'\nNew-Item -ItemType Directory -Force $dir | Out-Null\n$file = Join-Path $dir 'Servers.format.ps1xml'\n$view = '<Configuration><ViewDefinitions><View><Name>Servers</Name><ViewSelectedBy><TypeName>Demo.Server</TypeName></ViewSelectedBy><TableControl><TableHeaders><TableColumnHeader><Label>{0}</Label></TableColumnHeader></TableHeaders><TableRowEntries><TableRowEntry><TableColumnItems><TableColumnItem><PropertyName>Name</PropertyName></TableColumnItem></TableColumnItems></TableRowEntry></TableRowEntries></TableControl></View></ViewDefinitions></Configuration>'\n$server = [pscustomobject]@{ PSTypeName = 'Demo.Server'; Name = 'web1' }\nSet-Content $file ($view -f 'HOST')\nUpdate-FormatData -AppendPath $file\n$server | Out-String -Stream | Where-Object { $_ }\nSet-Content $file ($view -f 'SERVER NAME')\nUpdate-FormatData\n$server | Out-String -Stream | Where-Object { $_ }\nRemove-Item -Recurse $dir",
                        output: "HOST\n----\nweb1\nSERVER NAME\n-----------\nweb1\n",
                        remarks: "Update-FormatData without paths reads again every file loaded so far."),
        ])

    func process(_ context: CmdletContext) throws {
        let prepend = try files(context.value("PrependPath"), errorId: "FormatPrependPathException", context)
        let append = try files(context.value("AppendPath"), errorId: "FormatAppendPathException", context)
        let data = context.runspace.formatData
        if !context.has("PrependPath") && !context.has("AppendPath") {
            // Prepended files go back in reverse, so the first stays first.
            let loaded = data.paths
            for (path, _) in loaded.filter(\.prepend).reversed() { try load(path, prepend: true, context) }
            for (path, _) in loaded.filter({ !$0.prepend }) { try load(path, prepend: false, context) }
            return
        }
        // Prepended files in reverse, so the first named is searched first.
        for path in prepend.reversed() { try load(path, prepend: true, context) }
        for path in append { try load(path, prepend: false, context) }
    }

    private func load(_ path: String, prepend: Bool, _ context: CmdletContext) throws {
        guard try context.shouldProcess("FileName: \(path)", action: "Update FormatData") else { return }
        guard let text = FileSystem.readText(path) else {
            try context.writeError(FileErrors.pathNotFound(path))
            return
        }
        let file: FormatDataFile
        do {
            file = try FormatDataFile(path: path, text: text)
        } catch {
            try context.writeError("There were errors in loading the format data file: \(path), \(error.message)",
                                   id: "FormatXmlUpdateException", category: .invalidOperation,
                                   exceptionType: "System.Management.Automation.RuntimeException")
            return
        }
        for skipped in file.skipped { try context.writeWarning("\(path): \(skipped)") }
        context.runspace.formatData.add(file, prepend: prepend)
    }

    /// The existing .ps1xml files the arguments name; others are errors with `errorId`.
    private func files(_ value: Value?, errorId: String, _ context: CmdletContext) throws -> [String] {
        let resolver = PathResolver(context: context)
        var result: [String] = []
        for path in value?.enumeratedItems.map(Conversion.toString) ?? [] {
            let matches = try resolver.expand(path).filter(FileSystem.exists)
            if matches.isEmpty {
                try context.writeError(ErrorRecord("Cannot find path '\(resolver.absolute(path))' because it does not exist.",
                                                   exceptionType: "System.Management.Automation.ItemNotFoundException",
                                                   errorId: errorId, category: .invalidOperation, target: .string(path)))
                continue
            }
            for match in matches {
                guard match.lowercased().hasSuffix(".ps1xml") else {
                    try context.writeError("Cannot read the file \"\(match)\"  because it does not have the file name extension \"ps1xml\".",
                                           id: "WrongExtension", category: .invalidArgument,
                                           exceptionType: "System.InvalidOperationException")
                    continue
                }
                result.append(match)
            }
        }
        return result
    }
}
