// `[Environment]::GetFolderPath(...)` and `[Environment+SpecialFolder]`: the
// folders .NET names, where .NET on Linux finds them (the XDG directories
// under $HOME), and "" for a folder that does not exist, as .NET answers
// unless told DoNotVerify or Create.

import Glibc
import ShoalSyntax

enum SpecialFolder {
    static let typeName = "System.Environment+SpecialFolder"

    /// .NET's members and values (Personal is MyDocuments' other name).
    static let enumeration = EnumType(typeName, [
        "Desktop", "Programs", "MyDocuments", "Personal", "Favorites", "Startup", "Recent", "SendTo", "StartMenu", "MyMusic",
        "MyVideos", "DesktopDirectory", "MyComputer", "NetworkShortcuts", "Fonts", "Templates", "CommonStartMenu",
        "CommonPrograms", "CommonStartup", "CommonDesktopDirectory", "ApplicationData", "PrinterShortcuts",
        "LocalApplicationData", "InternetCache", "Cookies", "History", "CommonApplicationData", "Windows", "System",
        "ProgramFiles", "MyPictures", "UserProfile", "SystemX86", "ProgramFilesX86", "CommonProgramFiles",
        "CommonProgramFilesX86", "CommonTemplates", "CommonDocuments", "CommonAdminTools", "AdminTools", "CommonMusic",
        "CommonPictures", "CommonVideos", "Resources", "LocalizedResources", "CommonOemLinks", "CDBurning",
    ], values: [0, 2, 5, 5, 6, 7, 8, 9, 11, 13, 14, 16, 17, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 32, 33, 34, 35, 36, 37,
                38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 53, 54, 55, 56, 57, 58, 59])

    /// Where the folder is on Linux, as .NET's Unix implementation places it ("" for none).
    static func path(of folder: String) -> String {
        let home = ProcessEnvironment.get("HOME") ?? "/"
        func xdg(_ variable: String, _ fallback: String) -> String {
            if let given = ProcessEnvironment.get(variable), given.hasPrefix("/") { return given }
            return home + "/" + fallback
        }
        switch folder {
        case "UserProfile", "MyDocuments", "Personal": return home
        case "ApplicationData": return xdg("XDG_CONFIG_HOME", ".config")
        case "LocalApplicationData": return xdg("XDG_DATA_HOME", ".local/share")
        case "CommonApplicationData": return "/usr/share"
        case "CommonTemplates": return "/usr/share/templates"
        case "Desktop", "DesktopDirectory": return home + "/Desktop"
        case "Templates": return home + "/Templates"
        case "MyMusic": return home + "/Music"
        case "MyVideos": return home + "/Videos"
        case "MyPictures": return home + "/Pictures"
        case "Fonts": return home + "/.fonts"
        default: return ""
        }
    }

    /// `GetFolderPath(folder[, option])`: "" when the folder does not exist, unless `option` is DoNotVerify or Create.
    static func getFolderPath(_ arguments: [Value], at span: SourceSpan?) throws -> Value {
        guard let folder = enumeration.convert(arguments.first?.unwrappedSingle ?? .null) else {
            throw ScriptError.runtime("Cannot convert argument \"folder\", with value: \"\(Conversion.toString(arguments.first ?? .null))\", for \"GetFolderPath\" to type \"System.Environment+SpecialFolder\": \"\(enumeration.mismatch(arguments.first ?? .null))\"",
                                      id: "MethodArgumentConversionInvalidCastArgument", at: span,
                                      type: "System.Management.Automation.MethodException")
        }
        let path = path(of: folder.stringValue)
        let option = arguments.count > 1 ? Conversion.toString(arguments[1]).lowercased() : "none"
        if path.isEmpty || option == "donotverify" { return .string(path) }
        if option == "create" {
            // mkdir -p: each missing parent in turn.
            var prefix = ""
            for part in path.split(separator: "/") {
                prefix += "/" + part
                _ = mkdir(prefix, 0o755)
            }
        }
        var info = stat()
        return .string(stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR ? path : "")
    }
}
