// The default table view of file items (PowerShell's FileSystem.format.ps1xml
// "children" view): Mode, LastWriteTime, Length, Name.

import ShoalRuntime

enum FileItemView {
    static func register() {
        let columns = [
            FormatViewColumn("Mode", width: 7),
            FormatViewColumn("LastWriteTime", width: 26, alignment: .right) { item in
                // "{0,10}  {1,8}" of the short date and short time, as the view's script block formats it.
                guard case .native(let file as FileSystemItem) = item else { return .null }
                let date = FileSystemItem.dateTime(file.info.st_mtim)
                return .string(pad(date.format("d"), 10) + "  " + pad(date.format("t"), 8))
            },
            FormatViewColumn("Length", width: 14, alignment: .right),
            FormatViewColumn("Name"),
        ]
        for typeName in ["System.IO.FileInfo", "System.IO.DirectoryInfo"] {
            FormatViews.registerTable(typeName: typeName, columns: columns)
        }
    }

    static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
