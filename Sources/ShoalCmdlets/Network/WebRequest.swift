// What Invoke-WebRequest and Invoke-RestMethod share, after pwsh's
// WebRequestPSCmdlet: their parameters, turning them into a request (the
// URI, method, headers, a body from a string, bytes, a dictionary or a
// file), sending it with retries, and pwsh's errors: a status outside
// 200-299 is HttpResponseException "Response status code does not indicate
// success: 404 (Not Found)." with the server's body as the error details.

import Glibc
import ShoalRuntime

enum WebRequest {
    static let methods = ["Default", "Get", "Head", "Post", "Put", "Delete", "Trace", "Options", "Merge", "Patch"]

    static let parameters: [ParameterDescriptor] = [
        ParameterDescriptor("Uri", type: "string", position: 0, mandatory: true,
                            help: "The URL to request, http or https; a URL without a scheme is taken as http://."),
        ParameterDescriptor("Method", type: "string", validateSet: methods, help: "The HTTP method (GET by default)."),
        ParameterDescriptor("CustomMethod", type: "string", aliases: ["CM"], help: "A method that -Method does not list, sent in uppercase."),
        ParameterDescriptor("Headers", help: "A hashtable of request headers; a Content-Type or User-Agent entry sets those."),
        ParameterDescriptor("Body", pipeline: true,
                            help: "The request body: a string, a byte array, or a hashtable sent form-encoded (with GET, as the query string)."),
        ParameterDescriptor("ContentType", type: "string",
                            help: "The body's Content-Type; a hashtable or string body sent with POST is application/x-www-form-urlencoded by default."),
        ParameterDescriptor("UserAgent", type: "string", help: "The User-Agent header (PowerShell's by default)."),
        ParameterDescriptor("InFile", type: "string", help: "A file whose bytes are the request body (not with -Body)."),
        ParameterDescriptor("OutFile", type: "string", help: "Saves the response body in this file instead of writing it out."),
        ParameterDescriptor("PassThru", type: "switch", help: "With -OutFile, writes the response too."),
        ParameterDescriptor("ConnectionTimeoutSeconds", type: "int", aliases: ["TimeoutSec"],
                            help: "Fails the request when it takes longer than this many seconds (0, the default, waits as long as it takes)."),
        ParameterDescriptor("OperationTimeoutSeconds", type: "int", help: "Accepted but not applied yet; use -ConnectionTimeoutSeconds."),
        ParameterDescriptor("MaximumRedirection", type: "int", help: "Follows at most this many redirects (5 by default; 0 follows none)."),
        ParameterDescriptor("MaximumRetryCount", type: "int", help: "Tries again this many times when the status is 304 or 400-599 (0 by default)."),
        ParameterDescriptor("RetryIntervalSec", type: "int", help: "Seconds to wait before each retry (5 by default)."),
        ParameterDescriptor("SkipCertificateCheck", type: "switch", help: "Accepts any HTTPS certificate: self-signed, expired or for another host."),
        ParameterDescriptor("SkipHttpErrorCheck", type: "switch", help: "Returns the response of a status outside 200-299 instead of failing."),
        ParameterDescriptor("SkipHeaderValidation", type: "switch", help: "Accepted for compatibility: headers are sent as given."),
        ParameterDescriptor("UseBasicParsing", type: "switch", help: "Accepted for compatibility: parsing is always basic."),
        ParameterDescriptor("DisableKeepAlive", type: "switch", help: "Accepted for compatibility."),
        ParameterDescriptor("NoProxy", type: "switch", help: "Accepted but not applied yet: the http_proxy and https_proxy variables still apply."),
    ]

    static let parameterSets = [
        ParameterSetDescriptor("StandardMethod", ["Method"]),
        ParameterSetDescriptor("CustomMethod", ["CustomMethod"], mandatory: ["CustomMethod"]),
    ]

    /// The User-Agent pwsh sends: `Mozilla/5.0 (Linux; <system>; <culture>) PowerShell/7.4.0`.
    static let defaultUserAgent: String = {
        var names = utsname()
        uname(&names)
        let system = withUnsafeBytes(of: names.sysname) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let release = withUnsafeBytes(of: names.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        let culture = CultureInfo.current.name.isEmpty ? "en-US" : CultureInfo.current.name
        return "Mozilla/5.0 (\(system); \(system) \(release); \(culture)) PowerShell/7.4.0"
    }()

    /// The request the parameters describe; `outputDescriptor` receives the body for -OutFile.
    static func request(_ context: CmdletContext, outputDescriptor: Int32) throws -> HttpRequest {
        var uri = context.string("Uri") ?? ""
        guard !uri.trimmingCharacters().isEmpty else {
            throw context.terminatingError("Cannot validate argument on parameter 'Uri'. The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.",
                                           id: "ParameterArgumentValidationError", category: .invalidData,
                                           exceptionType: "System.Management.Automation.ParameterBindingException")
        }
        // pwsh takes `example.com/x` as http://example.com/x.
        if !uri.contains("://") { uri = "http://" + uri }
        let scheme = uri.prefix { $0 != ":" }.lowercased()
        guard scheme == "http" || scheme == "https" else {
            throw context.terminatingError("The provided URI scheme '\(scheme)' is invalid; expected 'Uri.UriSchemeHttp' or 'Uri.UriSchemeHttps'. (Parameter 'requestUri')",
                                           id: "WebCmdletIEDomNotSupportedException", category: .invalidArgument,
                                           exceptionType: "System.ArgumentException", target: .string(uri))
        }
        var method = (context.string("CustomMethod") ?? context.string("Method") ?? "Default").uppercased()
        if method == "DEFAULT" { method = "GET" }

        var request = HttpRequest(url: uri)
        request.method = method
        request.outputDescriptor = outputDescriptor
        request.skipCertificateCheck = context.flag("SkipCertificateCheck")
        request.maximumRedirects = max(try context.integer("MaximumRedirection", minimum: 0) ?? 5, 0)
        request.timeoutSeconds = try context.integer("ConnectionTimeoutSeconds", minimum: 0) ?? 0
        request.userAgent = context.string("UserAgent") ?? defaultUserAgent

        var contentType = context.string("ContentType")
        if case .hashtable(let headers)? = context.value("Headers") {
            for (key, value) in headers.entries {
                let name = Conversion.toString(key)
                let text = value.enumeratedItems.map(Conversion.toString).joined(separator: ", ")
                // pwsh takes a Content-Type header as the body's content type.
                if name.lowercased() == "content-type" { contentType = contentType ?? text; continue }
                if name.lowercased() == "user-agent" { request.userAgent = text; continue }
                request.headers.append((name, text))
            }
        } else if let headers = context.value("Headers"), !headers.isNull {
            throw context.terminatingError("Cannot convert the \"\(Conversion.toString(headers))\" value of type \"\(Conversion.fullTypeName(of: headers))\" to type \"System.Collections.IDictionary\".",
                                           id: "CannotConvertArgumentNoMessage", category: .invalidArgument,
                                           exceptionType: "System.Management.Automation.ParameterBindingException")
        }

        if let path = context.string("InFile") {
            if context.has("Body") {
                throw context.terminatingError("The cmdlet cannot run because the following conflicting parameters are specified: Body and InFile. Specify either Body or Infile, then retry.",
                                               id: "WebCmdletBodyConflictException", category: .invalidArgument,
                                               exceptionType: "System.Management.Automation.ValidationMetadataException")
            }
            let full = PathResolver(context: context).absolute(path)
            guard let bytes = FileSystem.readBytes(full) else {
                throw context.terminatingError("Cannot find path '\(full)' because it does not exist.", id: "PathNotFound",
                                               category: .objectNotFound, exceptionType: "System.Management.Automation.ItemNotFoundException",
                                               target: .string(full))
            }
            request.body = bytes
        } else if let body = context.value("Body"), !body.isNull {
            switch body.unwrapped {
            case .hashtable(let table):
                let form = formEncoded(table)
                if method == "GET" {
                    // A dictionary with GET becomes the query string.
                    request.url += (request.url.contains("?") ? "&" : "?") + form
                } else {
                    request.body = Array(form.utf8)
                    contentType = contentType ?? "application/x-www-form-urlencoded"
                }
            case .array(let array) where array.elementType == "System.Byte":
                request.body = array.items.map { if case .int(let n) = $0 { return UInt8(truncatingIfNeeded: n) } else { return 0 } }
            default:
                request.body = Array(Conversion.toString(body).utf8)
                if method == "POST" { contentType = contentType ?? "application/x-www-form-urlencoded" }
            }
        }
        if let contentType { request.headers.append(("Content-Type", contentType)) }
        return request
    }

    /// `key=value&...`, each part percent-encoded as .NET's Uri.EscapeDataString.
    static func formEncoded(_ table: HashtableValue) -> String {
        table.entries.map { key, value in
            escape(Conversion.toString(key)) + "=" + escape(Conversion.toString(value))
        }.joined(separator: "&")
    }

    private static let hex = Array("0123456789ABCDEF")

    static func escape(_ text: String) -> String {
        var result = ""
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += "%" + String(hex[Int(byte >> 4)]) + String(hex[Int(byte & 15)])
            }
        }
        return result
    }

    /// Sends the request, again after -RetryIntervalSec while the status is
    /// 304 or 400-599 and -MaximumRetryCount allows; fails as pwsh does.
    static func send(_ context: CmdletContext) throws -> (response: HttpResponse, outFile: String?) {
        let outFile = context.string("OutFile").map { PathResolver(context: context).absolute($0) }
        var descriptor: Int32 = -1
        if let outFile {
            descriptor = open(outFile, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw context.terminatingError("Could not find a part of the path '\(outFile)'.", id: "WebCmdletOutFileException",
                                               category: .openError, exceptionType: "System.IO.DirectoryNotFoundException",
                                               target: .string(outFile))
            }
        }
        defer { if descriptor >= 0 { close(descriptor) } }
        let request = try self.request(context, outputDescriptor: descriptor)
        var attemptsLeft = 1 + max(try context.integer("MaximumRetryCount", minimum: 0) ?? 0, 0)
        let interval = try context.integer("RetryIntervalSec", minimum: 1) ?? 5
        while true {
            attemptsLeft -= 1
            let response: HttpResponse
            do {
                response = try HttpTransfer.perform(request, stop: context.runspace.stopSignal)
            } catch let failure as HttpFailure {
                try context.checkStopped()
                throw self.failure(failure, request: request, context)
            }
            let retryable = response.status == 304 || (400...599).contains(response.status)
            if attemptsLeft > 0, retryable {
                try context.writeVerbose("Retrying after interval of \(interval) seconds. Status code for previous attempt: \(HttpStatus.name(response.status))")
                if descriptor >= 0 { _ = ftruncate(descriptor, 0); _ = lseek(descriptor, 0, SEEK_SET) }
                try context.runspace.sleep(seconds: Double(interval))
                continue
            }
            if !response.isSuccess, !context.flag("SkipHttpErrorCheck") {
                throw statusError(response, context)
            }
            return (response, outFile)
        }
    }

    /// pwsh's error for a status outside 200-299.
    static func statusError(_ response: HttpResponse, _ context: CmdletContext) -> ScriptError {
        let message = "Response status code does not indicate success: \(response.status) (\(response.reasonPhrase))."
        let responseObject = PSObject(typeName: "System.Net.Http.HttpResponseMessage")
        responseObject.set("StatusCode", HttpStatus.value(response.status))
        responseObject.set("ReasonPhrase", .string(response.reasonPhrase))
        responseObject.set("IsSuccessStatusCode", .bool(false))
        responseObject.set("Headers", headerTable(response))
        let exception = ExceptionObject(message: message, typeName: "Microsoft.PowerShell.Commands.HttpResponseException",
                                        extraProperties: [("Response", .object(responseObject)), ("StatusCode", HttpStatus.value(response.status))])
        let record = ErrorRecord(exception: exception, errorId: "WebCmdletWebResponseException", category: .invalidOperation,
                                 target: .string(response.url), span: context.span, commandName: context.commandName)
        record.cmdletTypeName = context.cmdletTypeName
        let body = response.text.trimmingCharacters()
        if !body.isEmpty { record.detailsMessage = formattedErrorBody(body, contentType: response.contentType) }
        return ScriptError(record)
    }

    /// The server's error body as pwsh shows it: JSON indented on lines of its own, anything else as sent.
    static func formattedErrorBody(_ body: String, contentType: String?) -> String {
        let type = contentType?.split(separator: ";").first.map { $0.lowercased() } ?? ""
        guard type.hasSuffix("/json") || type.hasSuffix("+json") else { return body }
        var parser = JsonParser(body, asHashtable: true)
        guard let parsed = try? parser.parseDocument() else { return body }
        var writer = JsonWriter(maximumDepth: 100, compress: false)
        return "\n" + writer.serialize(parsed)
    }

    /// pwsh's error when no response arrived, in .NET's words.
    static func failure(_ failure: HttpFailure, request: HttpRequest, _ context: CmdletContext) -> ScriptError {
        switch failure.kind {
        case .timeout:
            return context.terminatingError("The request was canceled due to the configured HttpClient.Timeout of \(request.timeoutSeconds) seconds elapsing.",
                                            id: "ConnectionTimeoutReached", category: .operationTimeout,
                                            exceptionType: "System.Threading.Tasks.TaskCanceledException", target: .string(request.url))
        case .missingLibrary:
            return context.terminatingError(failure.message, id: "WebCmdletLibraryNotFound", category: .notInstalled,
                                            exceptionType: "System.DllNotFoundException")
        case .connection:
            // .NET's words: `Connection refused (127.0.0.1:9)`, `Name or service not known (nohost:80)`.
            let refused = failure.message.contains("onnect")
            return context.terminatingError("\(refused ? "Connection refused" : "Name or service not known") (\(authority(request.url)))",
                                            id: "WebCmdletWebResponseException", category: .invalidOperation,
                                            exceptionType: "System.Net.Http.HttpRequestException", target: .string(request.url))
        default:
            return context.terminatingError(failure.message, id: "WebCmdletWebResponseException", category: .invalidOperation,
                                            exceptionType: "System.Net.Http.HttpRequestException", target: .string(request.url))
        }
    }

    /// `host:port` of a URL, the port the scheme's default when none is written.
    static func authority(_ url: String) -> String {
        let afterScheme = url.split(separator: "/", maxSplits: 3, omittingEmptySubsequences: false)
        var hostPort = afterScheme.count > 2 ? String(afterScheme[2]) : url
        if let at = hostPort.lastIndex(of: "@") { hostPort = String(hostPort[hostPort.index(after: at)...]) }
        let hasPort = hostPort.hasPrefix("[") ? hostPort.contains("]:") : hostPort.contains(":")
        return hasPort ? hostPort : hostPort + (url.lowercased().hasPrefix("https") ? ":443" : ":80")
    }

    /// Response headers as pwsh gives them: each name once, its values a string array.
    static func headerTable(_ response: HttpResponse) -> Value {
        let table = HashtableValue(ordered: false)
        var order: [String] = []
        var values: [String: (name: String, values: [String])] = [:]
        for header in response.headers {
            let key = header.name.lowercased()
            if values[key] == nil { order.append(key); values[key] = (header.name, []) }
            values[key]!.values.append(header.value)
        }
        for key in order {
            let entry = values[key]!
            table[string: entry.name] = .array(ArrayValue(entry.values.map(Value.string), elementType: "System.String"))
        }
        return .hashtable(table)
    }
}

extension HttpStatus {
    /// .NET's HttpStatusCode name (`NotFound`), or the number.
    static func name(_ code: Int) -> String { Conversion.toString(value(code)) }
}
