// `[uri]`: .NET's System.Uri, parsed once into its parts (scheme, host,
// port, path, query, fragment) so scripts read `$u.Host` or `$u.Port`
// instead of splitting strings; compared and printed as its text.

/// An absolute URI's parts (RFC 3986), as written (percent-encoding kept).
struct URIParts: Sendable {
    var scheme: String?
    var user: String?
    var password: String?
    var host: String?
    var port: Int?
    var percentEncodedPath = ""
    var percentEncodedQuery: String?
    var percentEncodedFragment: String?

    /// `scheme:[//[userinfo@]host[:port]]path[?query][#fragment]`; nil without a scheme or with a bad authority.
    init?(_ text: String) {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return nil }
        let schemeText = text[..<colon]
        guard schemeText.first!.isASCII, schemeText.first!.isLetter,
              schemeText.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) else { return nil }
        scheme = String(schemeText)
        var rest = text[text.index(after: colon)...]
        if let hash = rest.firstIndex(of: "#") {
            percentEncodedFragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: "?") {
            percentEncodedQuery = String(rest[rest.index(after: question)...])
            rest = rest[..<question]
        }
        if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
            let end = rest.firstIndex(of: "/") ?? rest.endIndex
            var authority = rest[..<end]
            rest = rest[end...]
            if let at = authority.lastIndex(of: "@") {
                let info = authority[..<at]
                if let split = info.firstIndex(of: ":") {
                    user = String(info[..<split])
                    password = String(info[info.index(after: split)...])
                } else {
                    user = String(info)
                }
                authority = authority[authority.index(after: at)...]
            }
            var hostText = authority
            if authority.hasPrefix("[") {
                guard let close = authority.firstIndex(of: "]") else { return nil }
                hostText = authority[...close]
                let after = authority[authority.index(after: close)...]
                if !after.isEmpty {
                    guard after.hasPrefix(":"), let number = Int(after.dropFirst()), (0...65535).contains(number) else { return nil }
                    port = number
                }
            } else if let split = authority.lastIndex(of: ":") {
                hostText = authority[..<split]
                let digits = authority[authority.index(after: split)...]
                if !digits.isEmpty {
                    guard let number = Int(digits), (0...65535).contains(number) else { return nil }
                    port = number
                }
            }
            guard !hostText.contains(where: { $0 == " " || $0 == "<" || $0 == ">" }) else { return nil }
            host = String(hostText)
        }
        // .NET escapes what a URI cannot hold as written (`/a b` is `/a%20b`).
        percentEncodedPath = String(rest).replacing(" ", with: "%20")
        percentEncodedQuery = percentEncodedQuery?.replacing(" ", with: "%20")
    }

    /// The path with its %XX escapes decoded.
    var path: String { UriValue.unescape(percentEncodedPath) }
}

/// `System.Uri`: an absolute URI with its parts, or a relative reference.
public final class UriValue: TabledObject, Sendable {
    public let originalString: String
    let components: URIParts?

    /// Nil when `text` is neither an absolute URI nor a relative reference .NET accepts.
    public init?(_ text: String) {
        let trimmed = text.trimmingCharacters()
        originalString = text
        if let parsed = URIParts(trimmed) {
            components = parsed
        } else if !trimmed.contains("://") {
            // (`c:` parses as a scheme; a bare name or a path is a relative reference.)
            components = nil
        } else {
            return nil
        }
    }

    /// .NET's Uri.EscapeDataString: every byte outside RFC 3986's unreserved characters as %XX.
    static func escape(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            let scalar = Unicode.Scalar(byte)
            if byte < 128, Character(scalar).isLetter || Character(scalar).isNumber || "-._~".unicodeScalars.contains(scalar) {
                result.unicodeScalars.append(scalar)
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }

    /// %XX escapes decoded as UTF-8; a malformed escape stays as written.
    static func unescape(_ text: String) -> String {
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "%"), index + 2 < utf8.count,
               let value = UInt8(String(decoding: utf8[index + 1...index + 2], as: UTF8.self), radix: 16) {
                bytes.append(value)
                index += 3
            } else {
                bytes.append(utf8[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    public var isAbsolute: Bool { components != nil }
    public var typeName: String { "System.Uri" }

    /// .NET's canonical text: the scheme and host lower-cased, a default port left out, `/` for an empty path.
    public var stringValue: String { components.map(Self.canonical) ?? originalString }

    static func canonical(_ parts: URIParts) -> String {
        var text = (parts.scheme ?? "").lowercased() + ":"
        if let host = parts.host {
            text += "//"
            if let user = parts.user { text += user + (parts.password.map { ":" + $0 } ?? "") + "@" }
            text += host.lowercased()
            if let port = parts.port, port != defaultPort(parts.scheme) { text += ":\(port)" }
        }
        let path = parts.percentEncodedPath
        text += path.isEmpty && parts.host != nil ? "/" : path
        if let query = parts.percentEncodedQuery { text += "?" + query }
        if let fragment = parts.percentEncodedFragment { text += "#" + fragment }
        return text
    }

    static func defaultPort(_ scheme: String?) -> Int {
        switch scheme?.lowercased() {
        case "http", "ws": 80
        case "https", "wss": 443
        case "ftp": 21
        case "ssh": 22
        case "ldap": 389
        default: -1
        }
    }

    /// The parts of an absolute URI; .NET's InvalidOperationException for a relative one.
    func absolute() throws -> URIParts {
        guard let components else {
            throw ScriptError.runtime("This operation is not supported for a relative URI.", id: "InvalidOperationException",
                                      at: nil, type: "System.InvalidOperationException")
        }
        return components
    }

    /// A value as a URI: a [uri] itself, or its text parsed; nil when it is not one.
    public static func of(_ value: Value) -> UriValue? {
        switch value.unwrapped {
        case .native(let uri as UriValue): return uri
        case .string(let text): return UriValue(text)
        default: return nil
        }
    }

    public static let members = MemberTable<UriValue>(
        methods: [
            MethodMember("ToString", ["string ToString()"]) { uri, _ in .string(uri.stringValue) },
            MethodMember("Equals", ["bool Equals(System.Object comparand)"]) { uri, call in
                .bool(UriValue.of(call.arguments[safe: 0] ?? .null).map { $0.stringValue == uri.stringValue } ?? false)
            },
            MethodMember("GetLeftPart", ["string GetLeftPart(System.UriPartial part)"]) { uri, call in
                let parts = try uri.absolute()
                var left = (parts.scheme ?? "").lowercased() + "://" + (parts.host ?? "").lowercased()
                if let port = parts.port, port != defaultPort(parts.scheme) { left += ":\(port)" }
                switch call.string(0).lowercased() {
                case "scheme": return .string((parts.scheme ?? "").lowercased() + "://")
                case "authority": return .string(left)
                case "path": return .string(left + parts.percentEncodedPath)
                default: return .string(left + parts.percentEncodedPath + (parts.percentEncodedQuery.map { "?" + $0 } ?? ""))
                }
            },
        ],
        properties: [
            PropertyMember("AbsolutePath", "string AbsolutePath {get;}") { uri in
                let path = try uri.absolute().percentEncodedPath
                return .string(path.isEmpty ? "/" : path)
            },
            PropertyMember("AbsoluteUri", "string AbsoluteUri {get;}") { .string(canonical(try $0.absolute())) },
            PropertyMember("LocalPath", "string LocalPath {get;}") { uri in
                let parts = try uri.absolute()
                return .string(parts.percentEncodedPath.isEmpty ? "/" : parts.path)
            },
            PropertyMember("Authority", "string Authority {get;}") { uri in
                let parts = try uri.absolute()
                let port = parts.port.flatMap { $0 == defaultPort(parts.scheme) ? nil : ":\($0)" } ?? ""
                return .string((parts.host ?? "").lowercased() + port)
            },
            PropertyMember("Host", "string Host {get;}") { .string((try $0.absolute().host ?? "").lowercased()) },
            PropertyMember("DnsSafeHost", "string DnsSafeHost {get;}") { .string((try $0.absolute().host ?? "").lowercased()) },
            PropertyMember("Port", "int Port {get;}") { uri in
                let parts = try uri.absolute()
                return .int(parts.port ?? defaultPort(parts.scheme))
            },
            PropertyMember("IsDefaultPort", "bool IsDefaultPort {get;}") { uri in
                let parts = try uri.absolute()
                return .bool(parts.port == nil || parts.port == defaultPort(parts.scheme))
            },
            PropertyMember("Scheme", "string Scheme {get;}") { .string((try $0.absolute().scheme ?? "").lowercased()) },
            PropertyMember("PathAndQuery", "string PathAndQuery {get;}") { uri in
                let parts = try uri.absolute()
                let path = parts.percentEncodedPath.isEmpty ? "/" : parts.percentEncodedPath
                return .string(path + (parts.percentEncodedQuery.map { "?" + $0 } ?? ""))
            },
            PropertyMember("Query", "string Query {get;}") { .string(try $0.absolute().percentEncodedQuery.map { "?" + $0 } ?? "") },
            PropertyMember("Fragment", "string Fragment {get;}") { .string(try $0.absolute().percentEncodedFragment.map { "#" + $0 } ?? "") },
            PropertyMember("UserInfo", "string UserInfo {get;}") { uri in
                let parts = try uri.absolute()
                return .string((parts.user ?? "") + (parts.password.map { ":" + $0 } ?? ""))
            },
            PropertyMember("Segments", "string[] Segments {get;}") { uri in
                let path = try uri.absolute().percentEncodedPath
                var segments: [Value] = []
                var current = ""
                for character in path.isEmpty ? "/" : path {
                    current.append(character)
                    if character == "/" { segments.append(.string(current)); current = "" }
                }
                if !current.isEmpty { segments.append(.string(current)) }
                return .list(segments)
            },
            PropertyMember("IsAbsoluteUri", "bool IsAbsoluteUri {get;}") { .bool($0.isAbsolute) },
            PropertyMember("IsFile", "bool IsFile {get;}") { .bool(try $0.absolute().scheme?.lowercased() == "file") },
            PropertyMember("IsLoopback", "bool IsLoopback {get;}") { uri in
                let host = (try uri.absolute().host ?? "").lowercased()
                return .bool(host == "localhost" || host.hasPrefix("127.") || host == "[::1]" || host == "::1")
            },
            PropertyMember("OriginalString", "string OriginalString {get;}") { .string($0.originalString) },
        ])

    /// `[uri]`'s static members.
    static let staticMembers = MemberTable<StaticTarget>(methods: [
        MethodMember("new", ["uri new(string uriString)"]) { _, call in
            guard let uri = UriValue(call.string(0)) else { throw call.failure("Invalid URI: The format of the URI could not be determined.", id: "UriFormatException") }
            return .native(uri)
        },
        MethodMember("EscapeDataString", ["static string EscapeDataString(string stringToEscape)"]) { _, call in
            .string(escape(call.string(0)))
        },
        MethodMember("UnescapeDataString", ["static string UnescapeDataString(string stringToUnescape)"]) { _, call in
            .string(unescape(call.string(0)))
        },
        MethodMember("IsWellFormedUriString", ["static bool IsWellFormedUriString(string uriString, System.UriKind uriKind)"]) { _, call in
            guard let uri = UriValue(call.string(0)), !call.string(0).contains(" ") else { return .bool(false) }
            switch call.string(1).lowercased() {
            case "absolute": return .bool(uri.isAbsolute)
            case "relative": return .bool(!uri.isAbsolute)
            default: return .bool(true)
            }
        },
    ])
}
