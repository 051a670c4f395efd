// UTF-7 (RFC 2152), which pwsh still accepts as `-Encoding utf7` (with an
// obsolescence warning). As .NET's UTF7Encoding() writes it: letters,
// digits, `'(),-./:?`, space, tab, CR and LF as themselves, `+` as `+-`,
// anything else as `+` and the modified base64 of its UTF-16 code units,
// ended by `-`.

enum UTF7 {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    static let direct: Set<UInt16> = Set(
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'(),-./:? \t\r\n".unicodeScalars.map { UInt16($0.value) })

    static func isDirect(_ unit: UInt16) -> Bool { direct.contains(unit) }

    static func encode(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        var shifted: [UInt16] = []
        func flush() {
            guard !shifted.isEmpty else { return }
            bytes.append(UInt8(ascii: "+"))
            var bits = 0, buffer = 0
            for unit in shifted {
                buffer = buffer << 16 | Int(unit)
                bits += 16
                while bits >= 6 {
                    bits -= 6
                    bytes.append(alphabet[(buffer >> bits) & 0x3F])
                }
            }
            if bits > 0 { bytes.append(alphabet[(buffer << (6 - bits)) & 0x3F]) }
            bytes.append(UInt8(ascii: "-"))
            shifted.removeAll()
        }
        for unit in text.utf16 {
            if isDirect(unit) {
                flush()
                bytes.append(UInt8(unit))
            } else if unit == UInt16(UInt8(ascii: "+")), shifted.isEmpty {
                bytes += [UInt8(ascii: "+"), UInt8(ascii: "-")]
            } else {
                shifted.append(unit)
            }
        }
        flush()
        return bytes
    }

    static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        var units: [UInt16] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            index += 1
            guard byte == UInt8(ascii: "+") else {
                units.append(UInt16(byte))
                continue
            }
            if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") {
                units.append(UInt16(UInt8(ascii: "+")))
                index += 1
                continue
            }
            var bits = 0, buffer = 0
            while index < bytes.endIndex, let value = alphabet.firstIndex(of: bytes[index]) {
                buffer = (buffer << 6 | value) & 0xFFFFFF
                bits += 6
                if bits >= 16 {
                    bits -= 16
                    units.append(UInt16((buffer >> bits) & 0xFFFF))
                }
                index += 1
            }
            if index < bytes.endIndex, bytes[index] == UInt8(ascii: "-") { index += 1 }
        }
        return String(decoding: units, as: UTF16.self)
    }
}
