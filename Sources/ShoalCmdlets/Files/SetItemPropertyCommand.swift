// Set-ItemProperty: changes a file's or directory's times (LastWriteTime,
// LastAccessTime and their Utc forms, with utimensat) or its read-only
// flag (IsReadOnly, or Attributes with or without ReadOnly). Linux keeps no
// settable creation time: CreationTime is refused as .NET on Linux refuses it.

import Glibc
import ShoalRuntime
import ShoalSyntax

final class SetItemPropertyCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Set-ItemProperty", synopsis: "Creates or changes the value of a property of an item.",
        parameters: PathParameters.pathAndLiteralPath + [
            ParameterDescriptor("Name", type: "string", position: 1, mandatory: true, pipelineByPropertyName: true, aliases: ["PSProperty"], help: "The property: LastWriteTime, LastAccessTime, their Utc forms, IsReadOnly or Attributes."),
            ParameterDescriptor("Value", position: 2, pipelineByPropertyName: true, help: "The new value: a date (or text that converts to one), $true or $false for IsReadOnly, ReadOnly or Normal for Attributes."),
            ParameterDescriptor("PassThru", type: "switch", help: "Writes the changed item to the pipeline."),
            ParameterDescriptor("Force", type: "switch", help: "Accepted for compatibility."),
        ] + PathParameters.nameFilters,
        confirmImpact: .medium,
        description: "Changes a file's or folder's times (LastWriteTime, LastAccessTime and their Utc forms) or its read-only flag (IsReadOnly, or Attributes with or without ReadOnly).",
        examples: [
            HelpExample("Backdate a file's modification time",
                        code: "$file = New-TemporaryFile\nSet-ItemProperty $file -Name LastWriteTime -Value '2024-01-15 08:30'\n(Get-Item $file).LastWriteTime.ToString('yyyy-MM-dd HH:mm')\nRemove-Item $file",
                        output: "2024-01-15 08:30\n"),
            HelpExample("Make some files of a folder read-only",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-setitemproperty-2'\n$null = New-Item -ItemType Directory $dir\n'app.conf', 'app.log' | ForEach-Object { Set-Content \"$dir/$_\" '' }\nSet-ItemProperty \"$dir/*\" -Name IsReadOnly -Value $true -Filter *.conf\nGet-ChildItem $dir | ForEach-Object { '{0} {1}' -f $_.Name, $_.IsReadOnly }\nRemove-Item -Recurse $dir",
                        output: "app.conf True\napp.log False\n"),
            HelpExample("What read-only does to the mode",
                        code: "$file = New-TemporaryFile\n$file.UnixMode\n(Set-ItemProperty $file -Name IsReadOnly -Value $true -PassThru).UnixMode\nRemove-Item $file",
                        output: "-rw-------\n-r--------\n",
                        remarks: "Read-only takes every write bit away; setting it to $false gives the owner's back."),
        ])

    func process(_ context: CmdletContext) throws {
        let name = context.string("Name") ?? ""
        let value = context.value("Value") ?? .null
        let names = NameFilter(context: context)
        for path in try PathResolver(context: context).existingPaths() {
            guard names.accepts(PathText.leaf(path)) else { continue }
            let kind = FileSystem.isDirectory(path) ? "Directory" : "File"
            guard try context.shouldProcess("Item: \(path) Property: \(name) Value: \(Conversion.toString(value))",
                                            action: "Set Property \(kind)") else { continue }
            do {
                try SetItemPropertyCommand.set(name, value, path: path, span: context.span)
            } catch let failure as PropertyRefused {
                try context.writeError(ErrorRecord(failure.message, exceptionType: "System.Management.Automation.PSArgumentException",
                                                   errorId: failure.id, category: .invalidArgument, target: .string(path)))
                continue
            }
            if context.flag("PassThru"), let item = FileSystemItem(path: path) { try context.write(.native(item)) }
        }
    }

    struct PropertyRefused: Error {
        let message: String
        let id: String
        /// The item has no property of the name (not a value it refused).
        var isUnknownProperty = false
    }

    static func set(_ name: String, _ value: Value, path: String, span: SourceSpan?) throws {
        func date() throws -> DateTimeValue {
            guard case .native(let date as DateTimeValue) = try TypeConversion.convert(value, toFullName: "System.DateTime", at: span) else {
                throw PropertyRefused(message: "Cannot convert value \"\(Conversion.toString(value))\" to type \"System.DateTime\".", id: "InvalidCastParseTargetInvocation")
            }
            return date
        }
        switch name.lowercased() {
        case "lastwritetime", "lastaccesstime":
            try setTime(seconds: LocalTime.unixSeconds(ofLocal: try date()), write: name.lowercased() == "lastwritetime", path: path)
        case "lastwritetimeutc", "lastaccesstimeutc":
            let utc = try date()
            let seconds = Double(utc.ticks) / 10_000_000 - Double(LocalTime.epochSeconds)
            try setTime(seconds: seconds, write: name.lowercased() == "lastwritetimeutc", path: path)
        case "isreadonly":
            try setReadOnly(Conversion.toBool(value), path: path)
        case "attributes":
            // Linux keeps only the read-only flag (write permission), as .NET there.
            guard case .native(let flags as EnumValue) = try TypeConversion.convert(value, toFullName: "System.IO.FileAttributes", at: span) else {
                return
            }
            try setReadOnly(flags.rawValue & 1 != 0, path: path)
        case "creationtime", "creationtimeutc":
            throw PropertyRefused(message: "Linux file systems keep no creation time that can be set: '\(name)' cannot be changed on '\(path)'.",
                                  id: "SetPropertyError")
        default:
            throw PropertyRefused(message: "The property \(name) does not exist or was not found.", id: "SetPropertyError",
                                  isUnknownProperty: true)
        }
    }

    /// Sets the modification (`write`) or access time, leaving the other as it is.
    static func setTime(seconds: Double, write: Bool, path: String) throws {
        let whole = seconds.rounded(.down)
        let new = timespec(tv_sec: Int(whole), tv_nsec: Int((seconds - whole) * 1_000_000_000))
        // UTIME_OMIT (sys/stat.h), which Swift's Glibc module does not bring in.
        let keep = timespec(tv_sec: 0, tv_nsec: (1 << 30) - 2)
        var times = write ? [keep, new] : [new, keep]
        guard utimensat(AT_FDCWD, path, &times, 0) == 0 else {
            throw PropertyRefused(message: "Access to the path '\(path)' is denied. (\(FileSystem.lastErrorMessage))", id: "SetPropertyError")
        }
    }

    static func setReadOnly(_ readOnly: Bool, path: String) throws {
        guard let info = FileSystem.status(path) else { return }
        let writeBits = S_IWUSR | S_IWGRP | S_IWOTH
        // Read-only takes every write bit away; writable gives the owner's back, as .NET does.
        let mode = readOnly ? info.st_mode & ~writeBits & 0o7777 : (info.st_mode | S_IWUSR) & 0o7777
        guard chmod(path, mode) == 0 else {
            throw PropertyRefused(message: "Access to the path '\(path)' is denied. (\(FileSystem.lastErrorMessage))", id: "SetPropertyError")
        }
    }
}
