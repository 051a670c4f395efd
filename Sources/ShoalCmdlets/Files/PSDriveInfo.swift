// What Get-PSDrive and New-PSDrive write: pwsh's PSDriveInfo, shown in the
// table pwsh 7.4 prints (Name, Used (GB), Free (GB), Provider, Root,
// CurrentLocation).

import Glibc
import ShoalRuntime

enum PSDriveInfo {
    static let typeName = "System.Management.Automation.PSDriveInfo"

    static func registerView(into registry: CommandRegistry) {
        func gigabytes(_ name: String) -> @Sendable (Value) -> Value {
            { drive in
                guard case .int(let bytes)? = OutputFormatter.propertyValue(of: drive, named: name) else { return .string("") }
                let hundredths = Int((Double(bytes) / 1_073_741_824 * 100).rounded())
                let fraction = String(hundredths % 100)
                return .string("\(hundredths / 100)." + (fraction.count == 1 ? "0" + fraction : fraction))
            }
        }
        registry.registerTable(typeName: typeName, columns: [
            FormatViewColumn("Name", width: 10),
            FormatViewColumn("Used (GB)", width: 13, alignment: .right, value: gigabytes("Used")),
            FormatViewColumn("Free (GB)", width: 13, alignment: .right, value: gigabytes("Free")),
            FormatViewColumn("Provider", width: 13, value: { drive in
                let provider = OutputFormatter.propertyValue(of: drive, named: "Provider").map(Conversion.toString) ?? ""
                return .string(String(provider.split(separator: "\\").last ?? ""))
            }),
            FormatViewColumn("Root", width: 23),
            FormatViewColumn("CurrentLocation", alignment: .right),
        ])
    }

    /// A file-system drive, with the space its file system has used and free.
    static func fileSystem(_ drive: DriveTable.FileSystemDrive, in runspace: Runspace) -> Value {
        let info = PSObject(typeName: typeName)
        info.set("Name", .string(drive.name))
        info.set("Provider", .string("Microsoft.PowerShell.Core\\FileSystem"))
        info.set("Root", .string(drive.root))
        info.set("Description", .string(drive.description))
        var space = statvfs()
        if statvfs(drive.root, &space) == 0 {
            let block = Int(space.f_frsize)
            info.set("Used", .int((Int(space.f_blocks) - Int(space.f_bfree)) * block))
            info.set("Free", .int(Int(space.f_bavail) * block))
        } else {
            info.set("Used", .null)
            info.set("Free", .null)
        }
        // The location relative to the root, as pwsh shows it ("" when elsewhere).
        let root = drive.root.hasSuffix("/") ? drive.root : drive.root + "/"
        let location = runspace.sessionDriveLocation == nil ? runspace.location + "/" : ""
        let current = location.hasPrefix(root) ? String(location.dropFirst(root.count).dropLast()) : ""
        info.set("CurrentLocation", .string(current))
        return .object(info)
    }

    /// One of the session's own drives (Env, Variable, Function, Alias).
    static func session(_ name: String, provider: String, in runspace: Runspace) -> Value {
        let info = PSObject(typeName: typeName)
        info.set("Name", .string(name))
        info.set("Provider", .string("Microsoft.PowerShell.Core\\" + provider))
        info.set("Root", .string(""))
        info.set("Description", .string(""))
        info.set("Used", .null)
        info.set("Free", .null)
        info.set("CurrentLocation", .string(""))
        return .object(info)
    }

    /// Every drive of the runspace, sorted by name as Get-PSDrive lists them.
    static func all(in runspace: Runspace) -> [(name: String, provider: String, value: Value)] {
        let files = runspace.drives.fileSystemDrives.map { ($0.name, "FileSystem", fileSystem($0, in: runspace)) }
        let sessions = DriveTable.sessionDrives.map { ($0.name, $0.provider, session($0.name, provider: $0.provider, in: runspace)) }
        return (files + sessions).sorted { $0.0.lowercased() < $1.0.lowercased() }
    }
}
