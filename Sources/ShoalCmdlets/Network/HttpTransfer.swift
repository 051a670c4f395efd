// One HTTP exchange through libcurl (CShoal's cshoal_http_perform, which
// loads libcurl on first use): the request shoal builds from a web
// cmdlet's parameters, and the response or why there is none.

import CShoal
import Glibc
import ShoalRuntime

/// What to send.
struct HttpRequest {
    var method = "GET"
    var url: String
    var headers: [(name: String, value: String)] = []
    var body: [UInt8]?
    var timeoutSeconds = 0
    var skipCertificateCheck = false
    var maximumRedirects = 5
    var userAgent: String?
    /// Where the body goes instead of memory (-OutFile), a descriptor open for writing.
    var outputDescriptor: Int32 = -1
}

/// What came back: the last response's status line, headers and body.
struct HttpResponse {
    let status: Int
    let statusLine: String
    let headers: [(name: String, value: String)]
    let body: [UInt8]
    let url: String

    /// `Not Found` for 404: the status line's reason, or .NET's for HTTP/2, which sends none.
    var reasonPhrase: String {
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        if parts.count == 3 { return String(parts[2]) }
        return HttpStatus.reason(status)
    }

    var isSuccess: Bool { (200...299).contains(status) }

    /// The `Content-Type` header, if any.
    var contentType: String? { header("Content-Type") }

    func header(_ name: String) -> String? {
        headers.last { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// The body as text in the charset the Content-Type names (UTF-8 when it names none).
    var text: String {
        let charset = contentType?.split(separator: ";").dropFirst()
            .map { String($0).trimmingCharacters() }
            .first { $0.lowercased().hasPrefix("charset=") }
            .map { String($0.dropFirst(8)).filter { $0 != "\"" }.lowercased() }
        var bytes = body[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if let charset, ["iso-8859-1", "latin1", "us-ascii", "ascii", "windows-1252"].contains(charset) {
            return String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Why no response arrived.
struct HttpFailure: Error {
    enum Kind { case connection, timeout, stopped, other, missingLibrary }
    let kind: Kind
    let message: String
}

enum HttpTransfer {
    /// Sends `request`, stopping early when `stop` is requested.
    static func perform(_ request: HttpRequest, stop: StopSignal) throws -> HttpResponse {
        let headerLines = request.headers.map { "\($0.name): \($0.value)" }
        var raw = cshoal_http_response()
        let code: Int32 = withCStrings(headerLines) { headerPointers in
            request.method.withCString { method in
                request.url.withCString { url in
                    withOptionalCString(request.userAgent) { userAgent in
                        withBody(request.body) { body, length in
                            headerPointers.withUnsafeBufferPointer { headers in
                                var c = cshoal_http_request()
                                c.method = method
                                c.url = url
                                c.headers = headers.baseAddress
                                c.header_count = Int32(headers.count)
                                c.body = body
                                c.body_length = length
                                c.timeout_seconds = request.timeoutSeconds
                                c.skip_certificate_check = request.skipCertificateCheck ? 1 : 0
                                c.maximum_redirects = request.maximumRedirects
                                c.user_agent = userAgent
                                c.out_fd = request.outputDescriptor
                                c.stop_context = Unmanaged.passUnretained(stop).toOpaque()
                                c.should_stop = { context in
                                    Unmanaged<StopSignal>.fromOpaque(context!).takeUnretainedValue().isRequested ? 1 : 0
                                }
                                return cshoal_http_perform(&c, &raw)
                            }
                        }
                    }
                }
            }
        }
        defer { cshoal_http_free(&raw) }
        let message = withUnsafeBytes(of: raw.error) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        switch code {
        case 0: break
        case -1: throw HttpFailure(kind: .missingLibrary, message: message)
        case Int32(CSHOAL_CURLE_ABORTED_BY_CALLBACK): throw HttpFailure(kind: .stopped, message: message)
        case Int32(CSHOAL_CURLE_OPERATION_TIMEDOUT): throw HttpFailure(kind: .timeout, message: message)
        case Int32(CSHOAL_CURLE_COULDNT_CONNECT), Int32(CSHOAL_CURLE_COULDNT_RESOLVE_HOST):
            throw HttpFailure(kind: .connection, message: message)
        default: throw HttpFailure(kind: .other, message: message)
        }
        let headerText = raw.headers.map { String(decoding: UnsafeRawBufferPointer(start: $0, count: raw.headers_length), as: UTF8.self) } ?? ""
        var lines = headerText.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
            .map(String.init)
        let statusLine = lines.isEmpty ? "" : lines.removeFirst()
        let headers = lines.compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), String(line[line.index(after: colon)...]).trimmingCharacters())
        }
        let body = raw.body.map { Array(UnsafeBufferPointer(start: $0, count: raw.body_length)) } ?? []
        return HttpResponse(status: raw.status, statusLine: statusLine, headers: headers, body: body,
                            url: raw.effective_url.map { String(cString: $0) } ?? request.url)
    }

    private static func withCStrings<T>(_ strings: [String], _ body: ([UnsafePointer<CChar>?]) -> T) -> T {
        let copies = strings.map { strdup($0) }
        defer { copies.forEach { free($0) } }
        return body(copies.map { UnsafePointer($0) })
    }

    private static func withOptionalCString<T>(_ string: String?, _ body: (UnsafePointer<CChar>?) -> T) -> T {
        guard let string else { return body(nil) }
        return string.withCString { body($0) }
    }

    private static func withBody<T>(_ bytes: [UInt8]?, _ body: (UnsafePointer<UInt8>?, Int) -> T) -> T {
        guard let bytes else { return body(nil, 0) }
        return bytes.withUnsafeBufferPointer { body($0.baseAddress, $0.count) }
    }
}

/// Reason phrases for status codes, as .NET gives them for HTTP/2 responses (which carry none).
enum HttpStatus {
    static let reasons: [Int: String] = [
        100: "Continue", 101: "Switching Protocols", 200: "OK", 201: "Created", 202: "Accepted",
        203: "Non-Authoritative Information", 204: "No Content", 205: "Reset Content", 206: "Partial Content",
        300: "Multiple Choices", 301: "Moved Permanently", 302: "Found", 303: "See Other", 304: "Not Modified",
        307: "Temporary Redirect", 308: "Permanent Redirect", 400: "Bad Request", 401: "Unauthorized",
        402: "Payment Required", 403: "Forbidden", 404: "Not Found", 405: "Method Not Allowed", 406: "Not Acceptable",
        408: "Request Timeout", 409: "Conflict", 410: "Gone", 411: "Length Required", 412: "Precondition Failed",
        413: "Request Entity Too Large", 415: "Unsupported Media Type", 416: "Requested Range Not Satisfiable",
        422: "Unprocessable Entity", 429: "Too Many Requests", 500: "Internal Server Error", 501: "Not Implemented",
        502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout", 505: "HTTP Version Not Supported",
    ]

    static func reason(_ code: Int) -> String { reasons[code] ?? "" }

    /// `[System.Net.HttpStatusCode]` as an enumeration value (the number for a code it has no name for).
    static func value(_ code: Int) -> Value {
        guard let type = EnumType.named("System.Net.HttpStatusCode"), let member = type.convert(.int(code)) else { return .int(code) }
        return .native(member)
    }
}
