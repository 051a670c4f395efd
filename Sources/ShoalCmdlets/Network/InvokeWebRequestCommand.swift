// Invoke-WebRequest: sends an HTTP request and returns the response object
// (status, headers, content); with -OutFile saves the body instead.

import ShoalRuntime

final class InvokeWebRequestCommand: Cmdlet {
    static let descriptor = CmdletDescriptor(
        "Invoke-WebRequest", synopsis: "Gets content from a web page on the internet.",
        parameters: WebRequest.parameters,
        parameterSets: WebRequest.parameterSets, defaultParameterSet: "StandardMethod",
        description: "Sends an HTTP request and writes the response: StatusCode, Headers, Content (the body as text) and RawContent; -OutFile saves the body in a file. A status outside 200-299 is an error unless -SkipHttpErrorCheck.",
        examples: [
            HelpExample("Check a page's status and headers",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-invokewebrequest-1'\n$null = New-Item -ItemType Directory -Force $dir\nSet-Content \"$dir/index.html\" '<html><body>It works</body></html>'\n# A local web server for the example: Python's, on a free port\n$python = '-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', $dir\n$server = Start-Process /usr/bin/python3 $python -RedirectStandardOutput \"$dir/server.txt\" -RedirectStandardError \"$dir/log.txt\" -PassThru\nwhile (-not $server.HasExited -and (Get-Content \"$dir/server.txt\" -Raw -ErrorAction Ignore) -notmatch 'port (\\d+)') { Start-Sleep -Milliseconds 20 }\n$base = \"http://127.0.0.1:$($Matches[1])\"\n\n$page = Invoke-WebRequest \"$base/index.html\"\n$page.StatusCode\n$page.Headers['Content-Type']\n$page.Content.Trim()\n\n$server | Stop-Process\n$server.WaitForExit()\nRemove-Item -Recurse $dir",
                        output: "200\ntext/html\n<html><body>It works</body></html>\n"),
            HelpExample("Download a file",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-invokewebrequest-2'\n$null = New-Item -ItemType Directory -Force $dir\nSet-Content \"$dir/tool.sh\" '#!/bin/sh', 'echo tool 1.2.0'\n# A local web server for the example: Python's, on a free port\n$python = '-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', $dir\n$server = Start-Process /usr/bin/python3 $python -RedirectStandardOutput \"$dir/server.txt\" -RedirectStandardError \"$dir/log.txt\" -PassThru\nwhile (-not $server.HasExited -and (Get-Content \"$dir/server.txt\" -Raw -ErrorAction Ignore) -notmatch 'port (\\d+)') { Start-Sleep -Milliseconds 20 }\n$base = \"http://127.0.0.1:$($Matches[1])\"\n\n$target = Join-Path $dir 'downloaded.sh'\nInvoke-WebRequest \"$base/tool.sh\" -OutFile $target\nGet-Content $target\n\n$server | Stop-Process\n$server.WaitForExit()\nRemove-Item -Recurse $dir",
                        output: "#!/bin/sh\necho tool 1.2.0\n",
                        remarks: "With -OutFile nothing is written to the pipeline; add -PassThru to get the response too."),
            HelpExample("Check links without stopping at a broken one",
                        code: "$dir = Join-Path ([System.IO.Path]::GetTempPath()) 'shoal-help-invokewebrequest-3'\n$null = New-Item -ItemType Directory -Force $dir\nSet-Content \"$dir/index.html\" '<a href=\"docs.html\">Docs</a>'\n# A local web server for the example: Python's, on a free port\n$python = '-u', '-m', 'http.server', '0', '--bind', '127.0.0.1', '--directory', $dir\n$server = Start-Process /usr/bin/python3 $python -RedirectStandardOutput \"$dir/server.txt\" -RedirectStandardError \"$dir/log.txt\" -PassThru\nwhile (-not $server.HasExited -and (Get-Content \"$dir/server.txt\" -Raw -ErrorAction Ignore) -notmatch 'port (\\d+)') { Start-Sleep -Milliseconds 20 }\n$base = \"http://127.0.0.1:$($Matches[1])\"\n\nforeach ($page in 'index.html', 'old/pricing.html') {\n    $response = Invoke-WebRequest \"$base/$page\" -SkipHttpErrorCheck\n    \"$($response.StatusCode) $page\"\n}\n\n$server | Stop-Process\n$server.WaitForExit()\nRemove-Item -Recurse $dir",
                        output: "200 index.html\n404 old/pricing.html\n",
                        remarks: "-SkipHttpErrorCheck returns the response of a failed request instead of an error, so the loop goes on."),
        ])

    func process(_ context: CmdletContext) throws {
        let (response, outFile) = try WebRequest.send(context)
        if outFile == nil || context.flag("PassThru") { try context.write(.native(WebResponseObject(response))) }
    }
}
