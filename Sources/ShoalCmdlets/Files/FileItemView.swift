// The default table view of file items, pwsh 7.4's on Unix
// (FileSystem.format.ps1xml "childrenWithUnixStat"): one table per
// directory under a `    Directory: /path` line, folders and files
// together, with UnixMode, User, Group, LastWriteTime, Size and the name,
// decorated by $PSStyle.FileInfo and followed by `-> target` for a link.

import Glibc
import ShoalRuntime

enum FileItemView {
    static func registerView(into registry: CommandRegistry) {
        let columns = [
            FormatViewColumn("UnixMode", width: 10),
            FormatViewColumn("User", width: 10, alignment: .right),
            FormatViewColumn("Group", width: 10),
            FormatViewColumn("LastWriteTime", width: 16, alignment: .right) { item in
                // '{0:d} {0:HH}:{0:mm}' -f $_.LastWriteTime, as the view's script block formats it.
                guard case .native(let file as FileSystemItem) = item else { return .null }
                let date = FileSystemItem.dateTime(file.linkInfo.st_mtim)
                return .string(date.format("d") + " " + date.format("HH:mm"))
            },
            FormatViewColumn("Size", width: 12, alignment: .right),
            FormatViewColumn("Name", styledValue: { item, style in
                guard case .native(let file as FileSystemItem) = item else { return .null }
                return .string(nameString(file, style.fileInfo))
            }),
        ]
        let directory = FormatViewColumn("") { item in
            guard case .native(let file as FileSystemItem) = item else { return .null }
            return .string("    Directory: " + file.parentPath)
        }
        registry.registerTable(typeName: "System.IO.FileSystemInfo", columns: columns, groupBy: directory, wrap: true)
    }

    /// pwsh's NameString: the name in its $PSStyle.FileInfo decoration (a
    /// link, a directory, a known extension, an executable), and a link's target.
    static func nameString(_ file: FileSystemItem, _ decorations: FileDecorations?) -> String {
        func decorated(_ sequence: String?) -> String {
            guard let sequence, !sequence.isEmpty else { return file.name }
            return sequence + file.name + PSStyle.reset
        }
        if file.isLink {
            return decorated(decorations?.symbolicLink) + " -> " + (file.linkTarget ?? "")
        }
        if file.isDirectory { return decorated(decorations?.directory) }
        let fileExtension = PathText.fileExtension(file.name).lowercased()
        if let sequence = decorations?.extensions[fileExtension], !fileExtension.isEmpty { return decorated(sequence) }
        if file.info.st_mode & (S_IXUSR | S_IXGRP | S_IXOTH) != 0 { return decorated(decorations?.executable) }
        return file.name
    }
}
