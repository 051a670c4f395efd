// Invoke-WebRequest's result (pwsh's BasicHtmlWebResponseObject): the
// status, the headers, the body as text and bytes, and the raw response.

import ShoalRuntime

final class WebResponseObject: TabledObject, TabularObject {
    let response: HttpResponse
    init(_ response: HttpResponse) { self.response = response }

    var typeName: String { "Microsoft.PowerShell.Commands.BasicHtmlWebResponseObject" }
    var stringValue: String { response.text }
    /// What its list view shows (BaseResponse is there to read, not shown).
    var propertyNames: [String] { WebResponseObject.members.properties.map(\.name).filter { $0 != "BaseResponse" } }

    /// `HTTP/1.1 200 OK`, the headers, a blank line and the body, as pwsh's RawContent.
    var rawContent: String {
        let version = response.statusLine.split(separator: " ").first.map(String.init) ?? "HTTP/1.1"
        let head = ["\(version) \(response.status) \(response.reasonPhrase)"] + response.headers.map { "\($0.name): \($0.value)" }
        return head.joined(separator: "\r\n") + "\r\n\r\n" + response.text
    }

    static let members = MemberTable<WebResponseObject>(
        methods: [MethodMember("ToString", ["string ToString()"]) { object, _ in .string(object.response.text) }],
        properties: [
            PropertyMember("StatusCode", "int StatusCode {get;}") { .int($0.response.status) },
            PropertyMember("StatusDescription", "string StatusDescription {get;}") { .string($0.response.reasonPhrase) },
            PropertyMember("Content", "string Content {get;}") { .string($0.response.text) },
            PropertyMember("RawContent", "string RawContent {get;set;}") { .string($0.rawContent) },
            PropertyMember("Headers", "System.Collections.Generic.Dictionary[string,System.Collections.Generic.IEnumerable[string]] Headers {get;}") {
                WebRequest.headerTable($0.response)
            },
            PropertyMember("RawContentLength", "long RawContentLength {get;}") { .int($0.response.body.count) },
            PropertyMember("RelationLink", "System.Collections.Generic.Dictionary[string,string] RelationLink {get;}") { _ in
                .hashtable(HashtableValue())
            },
            PropertyMember("BaseResponse", "System.Net.Http.HttpResponseMessage BaseResponse {get;set;}") { object in
                let base = PSObject(typeName: "System.Net.Http.HttpResponseMessage")
                base.set("StatusCode", HttpStatus.value(object.response.status))
                base.set("ReasonPhrase", .string(object.response.reasonPhrase))
                base.set("IsSuccessStatusCode", .bool(object.response.isSuccess))
                base.set("RequestUri", .string(object.response.url))
                return .object(base)
            },
        ])
}
