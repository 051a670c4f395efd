// What Get-ChildItem, Get-Item and New-Item return: a file or directory
// with .NET's FileInfo/DirectoryInfo properties. The status is read once,
// when the item is made, as .NET does.

import Glibc
import ShoalRuntime
import ShoalSyntax

final class FileSystemItem: ShareableObject, TabularObject, TypeHierarchyObject, SettableObject {
    let fullName: String
    let info: stat
    /// The link itself (lstat), for a symbolic link; else the same as `info`.
    let linkInfo: stat
    let isDirectory: Bool
    let isLink: Bool

    /// The item at an absolute path, or nil when nothing is there.
    init?(path: String) {
        guard let linkInfo = FileSystem.linkStatus(path) else { return nil }
        fullName = path
        isLink = (linkInfo.st_mode & S_IFMT) == S_IFLNK
        self.linkInfo = linkInfo
        info = isLink ? (FileSystem.status(path) ?? linkInfo) : linkInfo
        isDirectory = (info.st_mode & S_IFMT) == S_IFDIR
    }

    var name: String { fullName == "/" ? "/" : PathText.leaf(fullName) }
    var typeName: String { isDirectory ? "System.IO.DirectoryInfo" : "System.IO.FileInfo" }
    var baseTypeNames: [String] { ["System.IO.FileSystemInfo", "System.MarshalByRefObject", "System.Object"] }
    var stringValue: String { fullName }

    /// Every property, as Select-Object * and Format-List show them; the
    /// table view (FileItemView) picks four.
    var propertyNames: [String] {
        var names = ["PSPath", "PSParentPath", "PSChildName", "PSIsContainer", "Mode", "UnixMode", "User", "Group", "Size",
                     "BaseName", "Name", "FullName"]
        names += isDirectory ? ["Parent"] : ["Length", "DirectoryName", "Directory"]
        names += ["Extension", "Exists", "CreationTime", "CreationTimeUtc", "LastAccessTime", "LastAccessTimeUtc", "LastWriteTime",
                  "LastWriteTimeUtc", "LinkType", "LinkTarget", "Attributes"]
        return isDirectory ? names : names + ["IsReadOnly"]
    }

    /// .NET's FileAttributes on Linux: ReadOnly when the file cannot be
    /// written, Hidden for a dot file, ReparsePoint for a symbolic link,
    /// Directory; Normal when none of these.
    var attributes: Int {
        var flags = 0
        if isReadOnly { flags |= 1 }
        if name.hasPrefix(".") { flags |= 2 }
        if isLink { flags |= 1024 }
        if isDirectory { flags |= 16 }
        return flags == 0 ? 128 : flags
    }

    /// Read-only as .NET decides on Unix: by the permission bits that
    /// apply to this user (owner, group or others), readable but not
    /// writable; root is no exception.
    var isReadOnly: Bool {
        let mode = info.st_mode
        let (read, write): (mode_t, mode_t)
        if info.st_uid == geteuid() {
            (read, write) = (S_IRUSR, S_IWUSR)
        } else if FileSystemItem.isMember(ofGroup: info.st_gid) {
            (read, write) = (S_IRGRP, S_IWGRP)
        } else {
            (read, write) = (S_IROTH, S_IWOTH)
        }
        return mode & read != 0 && mode & write == 0
    }

    static func isMember(ofGroup group: gid_t) -> Bool { group == getegid() || supplementaryGroups.contains(group) }

    /// The process's groups, read once (Get-ChildItem asks for every item
    /// another user owns).
    private static let supplementaryGroups: Set<gid_t> = {
        var groups = [gid_t](repeating: 0, count: Int(max(0, getgroups(0, nil))))
        let count = getgroups(Int32(groups.count), &groups)
        return Set(groups.prefix(Int(max(0, count))))
    }()

    /// `$item.Attributes = ...`, `$item.LastWriteTime = ...` and the other
    /// properties Set-ItemProperty changes.
    func setProperty(_ name: String, _ value: Value, span: SourceSpan) throws {
        var value = value
        if name.lowercased() == "attributes", let type = EnumType.named("System.IO.FileAttributes") {
            // A bad value is pwsh's ExceptionWhenSetting, as for any property.
            value = .native(try type.convert(value, settingProperty: name, at: span))
        }
        do {
            try SetItemPropertyCommand.set(name, value, path: fullName, span: span)
        } catch let refused as SetItemPropertyCommand.PropertyRefused where refused.isUnknownProperty {
            throw ScriptError.runtime(
                "The property '\(name)' cannot be found on this object. Verify that the property exists and can be set.",
                id: "PropertyAssignmentException", at: span)
        } catch let refused as SetItemPropertyCommand.PropertyRefused {
            throw ScriptError.runtime(refused.message, id: refused.id, at: span, category: .invalidOperation)
        }
    }

    /// `d----`, `-----`, `l----`, with `r` for read-only and `h` for dot files, as .NET reports them on Linux.
    var mode: String {
        let kind = isLink ? "l" : isDirectory ? "d" : "-"
        let readOnly = isReadOnly ? "r" : "-"
        let hidden = name.hasPrefix(".") ? "h" : "-"
        return kind + "-" + readOnly + hidden + "-"
    }

    /// `drwxr-xr-x`, PowerShell 7's UnixMode.
    var unixMode: String {
        let bits = linkInfo.st_mode
        var text = isLink ? "l" : isDirectory ? "d" : "-"
        let flags: [(mode_t, Character)] = [(S_IRUSR, "r"), (S_IWUSR, "w"), (S_IXUSR, "x"), (S_IRGRP, "r"), (S_IWGRP, "w"),
                                            (S_IXGRP, "x"), (S_IROTH, "r"), (S_IWOTH, "w"), (S_IXOTH, "x")]
        for (bit, letter) in flags { text.append(bits & bit != 0 ? letter : "-") }
        return text
    }

    /// A file time as local time (Kind Local, as .NET's FileInfo gives it),
    /// or with `utc` as UTC (the *Utc properties).
    static func dateTime(_ time: timespec, utc: Bool = false) -> DateTimeValue {
        var seconds = time.tv_sec
        var local = tm()
        localtime_r(&seconds, &local)
        let unixEpochDays = 719_162
        let offset = utc ? 0 : Int(local.tm_gmtoff)
        let wallSeconds = unixEpochDays * 86_400 + Int(time.tv_sec) + offset
        return DateTimeValue(ticks: wallSeconds * 10_000_000 + Int(time.tv_nsec) / 100, kind: utc ? .utc : .local)
    }

    var parentPath: String { PathText.parent(fullName) }

    /// Where a symbolic link points, as written in the link.
    var linkTarget: String? {
        guard isLink else { return nil }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let length = readlink(fullName, &buffer, Int(PATH_MAX))
        guard length >= 0 else { return nil }
        return String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    func property(_ name: String) -> Value? {
        switch name.lowercased() {
        case "name", "pschildname": return .string(self.name)
        case "fullname": return .string(fullName)
        case "length": return isDirectory ? nil : .int(Int(info.st_size))
        case "lastwritetime": return .native(FileSystemItem.dateTime(info.st_mtim))
        case "lastaccesstime": return .native(FileSystemItem.dateTime(info.st_atim))
        case "creationtime": return .native(FileSystemItem.dateTime(info.st_ctim))
        case "lastwritetimeutc": return .native(FileSystemItem.dateTime(info.st_mtim, utc: true))
        case "lastaccesstimeutc": return .native(FileSystemItem.dateTime(info.st_atim, utc: true))
        case "creationtimeutc": return .native(FileSystemItem.dateTime(info.st_ctim, utc: true))
        case "mode": return .string(mode)
        case "attributes": return EnumType.named("System.IO.FileAttributes")?.convert(.int(attributes)).map { .native($0) }
        case "isreadonly": return isDirectory ? nil : .bool(isReadOnly)
        case "unixmode": return .string(unixMode)
        case "user": return .string(AccountNames.user(info.st_uid))
        case "group": return .string(AccountNames.group(info.st_gid))
        case "size": return .int(Int(linkInfo.st_size))
        case "linktarget", "target": return linkTarget.map(Value.string)
        case "extension": return .string(PathText.fileExtension(self.name))
        case "basename": return .string(isDirectory ? self.name : PathText.baseName(self.name))
        case "psiscontainer": return .bool(isDirectory)
        case "directoryname": return isDirectory ? nil : .string(parentPath)
        case "directory": return isDirectory ? nil : FileSystemItem(path: parentPath).map { .native($0) }
        case "parent": return isDirectory ? FileSystemItem(path: parentPath).map { .native($0) } : nil
        case "exists": return .bool(true)
        case "linktype": return isLink ? .string("SymbolicLink") : nil
        case "pspath": return .string("Microsoft.PowerShell.Core\\FileSystem::" + fullName)
        case "psparentpath": return .string("Microsoft.PowerShell.Core\\FileSystem::" + parentPath)
        case "psprovider": return .string("Microsoft.PowerShell.Core\\FileSystem")
        default: return nil
        }
    }

    func invoke(_ method: String, _ arguments: [Value], context: Runspace) throws -> Value? {
        switch method.lowercased() {
        case "tostring": return .string(fullName)
        default: return nil
        }
    }
}
