// Invoke-RestMethod: sends an HTTP request and returns the body as objects:
// JSON becomes PSCustomObjects (an array stays one object, as in pwsh),
// anything else a string. -StatusCodeVariable and -ResponseHeadersVariable
// keep the status and headers; -OutFile saves the body.

import ShoalRuntime

final class InvokeRestMethodCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Invoke-RestMethod", synopsis: "Sends an HTTP or HTTPS request to a RESTful web service.",
        parameters: WebRequest.parameters + [
            ParameterDescriptor("StatusCodeVariable", type: "string", help: "The name (without $) of a variable that gets the response's status code."),
            ParameterDescriptor("ResponseHeadersVariable", type: "string", aliases: ["RHV"],
                                help: "The name (without $) of a variable that gets the response headers, as a hashtable."),
        ],
        parameterSets: WebRequest.parameterSets, defaultParameterSet: "StandardMethod",
        description: "Sends an HTTP request and writes the response body: JSON as objects, anything else as text. A status outside 200-299 is an error unless -SkipHttpErrorCheck.",
        examples: [
            HelpExample("Read a JSON API",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-invokerestmethod-1'\n$null = New-Item -ItemType Directory -Force $dir\nSet-Content \"$dir/status.json\" '{\"service\":\"billing\",\"healthy\":true,\"version\":\"2.4.1\",\"queues\":[\"invoices\",\"refunds\"]}'\n# A local web server for the example: Python's, on a free port\n$python = '-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', $dir\n$server = Start-Process /usr/bin/python3 $python -RedirectStandardOutput \"$dir/server.txt\" -RedirectStandardError \"$dir/log.txt\" -PassThru\nwhile (-not $server.HasExited -and (Get-Content \"$dir/server.txt\" -Raw -ErrorAction Ignore) -notmatch 'port (\\d+)') { Start-Sleep -Milliseconds 20 }\n$base = \"http://127.0.0.1:$($Matches[1])\"\n\n$status = Invoke-RestMethod \"$base/status.json\"\n\"$($status.service) $($status.version), healthy: $($status.healthy)\"\n$status.queues\n\n$server | Stop-Process\n$server.WaitForExit()\nRemove-Item -Recurse $dir",
                        output: "billing 2.4.1, healthy: True\ninvoices\nrefunds\n",
                        remarks: "JSON comes back as objects; a body that is not JSON comes back as a string."),
            HelpExample("Post JSON and read the answer",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-invokerestmethod-2'\n$null = New-Item -ItemType Directory -Force $dir\n# A local API for the example, in Python, on a free port\nSet-Content \"$dir/api.py\" @'\nimport http.server, json\nclass Api(http.server.BaseHTTPRequestHandler):\n    def do_POST(self):\n        ticket = json.loads(self.rfile.read(int(self.headers['Content-Length'])))\n        ticket['id'] = 1042\n        body = json.dumps(ticket).encode()\n        self.send_response(201)\n        self.send_header('Content-Type', 'application/json')\n        self.send_header('Content-Length', str(len(body)))\n        self.end_headers()\n        self.wfile.write(body)\n    def log_message(self, *args): pass\nserver = http.server.HTTPServer(('127.0.0.1', 0), Api)\nprint('port', server.server_port, flush=True)\nserver.serve_forever()\n'@\n$server = Start-Process /usr/bin/python3 \"$dir/api.py\" -RedirectStandardOutput \"$dir/server.txt\" -PassThru\nwhile (-not $server.HasExited -and (Get-Content \"$dir/server.txt\" -Raw -ErrorAction Ignore) -notmatch 'port (\\d+)') { Start-Sleep -Milliseconds 20 }\n$base = \"http://127.0.0.1:$($Matches[1])\"\n\n$ticket = @{ title = 'Disk full on db01'; priority = 'high' } | ConvertTo-Json\n$created = Invoke-RestMethod \"$base/tickets\" -Method Post -Body $ticket -ContentType 'application/json' -StatusCodeVariable status\n\"created ticket $($created.id): $($created.title) (status $status)\"\n\n$server | Stop-Process\n$server.WaitForExit()\nRemove-Item -Recurse $dir",
                        output: "created ticket 1042: Disk full on db01 (status 201)\n"),
            HelpExample("Handle a missing resource",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-invokerestmethod-3'\n$null = New-Item -ItemType Directory -Force $dir\n# A local web server for the example: Python's, on a free port\n$python = '-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', $dir\n$server = Start-Process /usr/bin/python3 $python -RedirectStandardOutput \"$dir/server.txt\" -RedirectStandardError \"$dir/log.txt\" -PassThru\nwhile (-not $server.HasExited -and (Get-Content \"$dir/server.txt\" -Raw -ErrorAction Ignore) -notmatch 'port (\\d+)') { Start-Sleep -Milliseconds 20 }\n$base = \"http://127.0.0.1:$($Matches[1])\"\n\ntry {\n    Invoke-RestMethod \"$base/users/ghost.json\"\n} catch {\n    $_.Exception.Message\n    [int]$_.Exception.Response.StatusCode\n}\n\n$server | Stop-Process\n$server.WaitForExit()\nRemove-Item -Recurse $dir",
                        output: "Response status code does not indicate success: 404 (File not found).\n404\n",
                        remarks: "A status outside 200-299 is a terminating error; with -SkipHttpErrorCheck the body is returned instead, and -StatusCodeVariable gets the status."),
        ])

    func process(_ context: CmdletContext) throws {
        let (response, outFile) = try WebRequest.send(context)
        if let name = context.string("StatusCodeVariable") { context.runspace.setVariable(name, .int(response.status)) }
        if let name = context.string("ResponseHeadersVariable") { context.runspace.setVariable(name, WebRequest.headerTable(response)) }
        if outFile != nil, !context.flag("PassThru") { return }
        let text = outFile.flatMap { FileSystem.readBytes($0) }.map { String(decoding: $0, as: UTF8.self) } ?? response.text
        try context.write(InvokeRestMethodCommand.content(text))
    }

    /// The body as pwsh's RestReturnType.Detect reads it: JSON when it
    /// parses (`null` is $null), else the text.
    static func content(_ text: String) -> Value {
        var parser = JsonParser(text, asHashtable: false)
        if let parsed = try? parser.parseDocument() { return parsed }
        return .string(text)
    }
}
