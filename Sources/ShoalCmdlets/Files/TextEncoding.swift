// The -Encoding parameter of the file cmdlets, as pwsh 7.4 understands it
// (EncodingConversion): its names (utf8 = utf8NoBOM, utf8BOM, unicode =
// string = UTF-16LE, bigendianunicode, utf32, bigendianutf32, ascii, ansi =
// windows-1252 as in the invariant culture, oem, default, the obsolete
// utf7), the .NET names and code page numbers of the same encodings, latin1. Writing puts
// the byte-order mark first where the encoding has one (never in the middle
// of a file being appended to); reading lets a byte-order mark at the start
// decide, as .NET's StreamReader does, and the encoding asked for otherwise.

import ShoalRuntime

struct TextEncoding: Equatable {
    enum Form: Equatable { case utf8, utf7, utf16LE, utf16BE, utf32LE, utf32BE, ascii, latin1, windows1252 }
    let form: Form
    /// Whether a byte-order mark starts a file written in this encoding.
    let writesPreamble: Bool

    static let utf8NoBOM = TextEncoding(form: .utf8, writesPreamble: false)

    /// The encoding a name or code page stands for, or nil.
    static func named(_ name: String) -> TextEncoding? {
        let key = name.lowercased()
        switch key {
        case "utf8", "utf8nobom", "default", "oem", "utf-8", "65001": return .utf8NoBOM
        case "utf8bom": return TextEncoding(form: .utf8, writesPreamble: true)
        case "unicode", "string", "unknown", "utf-16", "utf-16le", "1200": return TextEncoding(form: .utf16LE, writesPreamble: true)
        case "bigendianunicode", "utf-16be", "unicodefffe", "1201": return TextEncoding(form: .utf16BE, writesPreamble: true)
        case "utf32", "utf-32", "utf-32le", "12000": return TextEncoding(form: .utf32LE, writesPreamble: true)
        case "bigendianutf32", "utf-32be", "12001": return TextEncoding(form: .utf32BE, writesPreamble: true)
        case "ascii", "us-ascii", "20127": return TextEncoding(form: .ascii, writesPreamble: false)
        case "latin1", "iso-8859-1", "28591": return TextEncoding(form: .latin1, writesPreamble: false)
        case "windows-1252", "1252", "cp1252", "ansi": return TextEncoding(form: .windows1252, writesPreamble: false)
        case "utf7", "utf-7", "65000": return TextEncoding(form: .utf7, writesPreamble: false)
        default: return nil
        }
    }

    /// The cmdlet's -Encoding (utf8NoBOM when absent); an unknown name is
    /// the parameter's transformation error, as in pwsh.
    static func parameter(_ context: CmdletContext) throws -> TextEncoding {
        guard let value = context.value("Encoding"), !value.isNull else { return .utf8NoBOM }
        let name = Conversion.toString(value)
        if let encoding = named(name) {
            if encoding.form == .utf7 { try context.writeWarning("Encoding 'UTF-7' is obsolete, please use UTF-8.") }
            return encoding
        }
        let record = ErrorRecord(
            "Cannot process argument transformation on parameter 'Encoding'. '\(name)' is not a supported encoding name. For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method. (Parameter 'name')",
            exceptionType: "System.Management.Automation.ParameterBindingArgumentTransformationException",
            errorId: "ParameterArgumentTransformationError", category: .invalidData, target: value,
            span: context.span, commandName: context.commandName)
        record.cmdletTypeName = context.cmdletTypeName
        throw ScriptError(record)
    }

    var preamble: [UInt8] {
        guard writesPreamble else { return [] }
        switch form {
        case .utf8: return [0xEF, 0xBB, 0xBF]
        case .utf16LE: return [0xFF, 0xFE]
        case .utf16BE: return [0xFE, 0xFF]
        case .utf32LE: return [0xFF, 0xFE, 0x00, 0x00]
        case .utf32BE: return [0x00, 0x00, 0xFE, 0xFF]
        case .utf7, .ascii, .latin1, .windows1252: return []
        }
    }

    /// The text's bytes, without the preamble; characters the encoding
    /// cannot hold become `?`, as .NET's replacement fallback writes them.
    func encode(_ text: String) -> [UInt8] {
        switch form {
        case .utf8:
            return Array(text.utf8)
        case .utf7:
            return UTF7.encode(text)
        case .utf16LE, .utf16BE:
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf16.count * 2)
            for unit in text.utf16 {
                let high = UInt8(unit >> 8), low = UInt8(unit & 0xFF)
                bytes += form == .utf16LE ? [low, high] : [high, low]
            }
            return bytes
        case .utf32LE, .utf32BE:
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.unicodeScalars.count * 4)
            for scalar in text.unicodeScalars {
                let value = scalar.value
                let big = [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
                bytes += form == .utf32BE ? big : big.reversed()
            }
            return bytes
        case .ascii:
            return text.unicodeScalars.map { $0.value < 0x80 ? UInt8($0.value) : UInt8(ascii: "?") }
        case .latin1:
            return text.unicodeScalars.map { $0.value < 0x100 ? UInt8($0.value) : UInt8(ascii: "?") }
        case .windows1252:
            return text.unicodeScalars.map { scalar in
                if scalar.value < 0x80 || (0xA0..<0x100).contains(scalar.value) { return UInt8(scalar.value) }
                if scalar.value != 0xFFFD, let index = TextEncoding.windows1252High.firstIndex(of: scalar.value) {
                    return UInt8(0x80 + index)
                }
                return UInt8(ascii: "?")
            }
        }
    }

    /// Bytes as text: a byte-order mark at the start picks the encoding
    /// (and is dropped); otherwise this encoding decodes them.
    func decode(_ bytes: [UInt8]) -> String {
        let detected: (TextEncoding.Form, Int)? =
            bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? (.utf8, 3)
            : bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) ? (.utf32LE, 4)
            : bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) ? (.utf32BE, 4)
            : bytes.starts(with: [0xFF, 0xFE]) ? (.utf16LE, 2)
            : bytes.starts(with: [0xFE, 0xFF]) ? (.utf16BE, 2)
            : nil
        if let (form, length) = detected {
            return TextEncoding.decode(bytes[length...], as: form)
        }
        return TextEncoding.decode(bytes[...], as: form)
    }

    private static func decode(_ bytes: ArraySlice<UInt8>, as form: Form) -> String {
        switch form {
        case .utf8:
            return String(decoding: bytes, as: UTF8.self)
        case .utf7:
            return UTF7.decode(bytes)
        case .utf16LE, .utf16BE:
            var units: [UInt16] = []
            units.reserveCapacity(bytes.count / 2)
            var index = bytes.startIndex
            while index + 1 < bytes.endIndex {
                let first = UInt16(bytes[index]), second = UInt16(bytes[index + 1])
                units.append(form == .utf16LE ? first | second << 8 : first << 8 | second)
                index += 2
            }
            if index < bytes.endIndex { units.append(0xFFFD) }
            return String(decoding: units, as: UTF16.self)
        case .utf32LE, .utf32BE:
            var scalars = String.UnicodeScalarView()
            var index = bytes.startIndex
            while index + 3 < bytes.endIndex {
                let b = (0..<4).map { UInt32(bytes[index + $0]) }
                let value = form == .utf32LE ? b[0] | b[1] << 8 | b[2] << 16 | b[3] << 24 : b[3] | b[2] << 8 | b[1] << 16 | b[0] << 24
                scalars.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                index += 4
            }
            if index < bytes.endIndex { scalars.append("\u{FFFD}") }
            return String(scalars)
        case .ascii:
            return String(String.UnicodeScalarView(bytes.map { $0 < 0x80 ? Unicode.Scalar($0) : "?" }))
        case .latin1:
            return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
        case .windows1252:
            return String(String.UnicodeScalarView(bytes.map { byte -> Unicode.Scalar in
                guard (0x80..<0xA0).contains(byte) else { return Unicode.Scalar(byte) }
                return Unicode.Scalar(windows1252High[Int(byte) - 0x80]) ?? "\u{FFFD}"
            }))
        }
    }

    /// Windows-1252's 0x80-0x9F; 0xFFFD where the code page has no character.
    static let windows1252High: [UInt32] = [
        0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
        0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
    ]
}
