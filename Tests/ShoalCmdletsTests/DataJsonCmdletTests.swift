// Tests of ConvertTo-Json and ConvertFrom-Json: PowerShell 7's exact
// layout, depth truncation, and parsing into objects or hashtables.

import Testing
import ShoalTestSupport

@Suite struct DataJsonCmdletTests {
    @Test func convertToJsonIndentsWithTwoSpaces() {
        let result = runScript("[ordered]@{name='a'; n=1; d=1.5; ok=$true; none=$null; list=@(1,2); empty=@(); obj=@{}} | ConvertTo-Json")
        #expect(result.output == """
        {
          "name": "a",
          "n": 1,
          "d": 1.5,
          "ok": true,
          "none": null,
          "list": [
            1,
            2
          ],
          "empty": [],
          "obj": {}
        }

        """)
    }

    @Test func convertToJsonCompressesAndWrapsArrays() {
        #expect(runScript("[pscustomobject]@{a=1; b='x\"y'} | ConvertTo-Json -Compress").lines == [#"{"a":1,"b":"x\"y"}"#])
        #expect(runScript("1,2 | ConvertTo-Json -Compress").lines == ["[1,2]"])
        #expect(runScript("ConvertTo-Json -InputObject 5 -AsArray -Compress").lines == ["[5]"])
        #expect(runScript("\"tab`there\" | ConvertTo-Json").lines == [#""tab\there""#])
        #expect(runScript("[double]3 | ConvertTo-Json").lines == ["3.0"])
        #expect(runScript("'<a>' | ConvertTo-Json -EscapeHandling EscapeHtml").lines == [#""\u003ca\u003e""#])
    }

    @Test func convertToJsonTruncatesBeyondDepthWithWarning() {
        let result = runScript("@{a=@{b=@{c=1}}} | ConvertTo-Json -Compress")
        #expect(result.lines == [#"{"a":{"b":{"c":1}}}"#])
        let deep = runScript("@{a=@{b=@{c=@{d=1}}}} | ConvertTo-Json -Compress")
        #expect(deep.lines == [#"{"a":{"b":{"c":"System.Collections.Hashtable"}}}"#])
        #expect(deep.errors == "WARNING: Resulting JSON is truncated as serialization has exceeded the set depth of 2.\n")
        #expect(runScript("@{a=@{b=1}} | ConvertTo-Json -Depth 0 -Compress 3>$null").lines == [#"{"a":"System.Collections.Hashtable"}"#])
    }

    @Test func convertFromJsonBuildsObjects() {
        let script = "$o = '{\"name\":\"x\",\"n\":2,\"f\":2.5,\"items\":[1,2,3],\"inner\":{\"k\":true}}' | ConvertFrom-Json; $o.name; $o.n; $o.f; $o.items.Count; $o.inner.k; $o.GetType().Name"
        #expect(runScript(script).lines == ["x", "2", "2.5", "3", "True", "PSCustomObject"])
        #expect(runScript("('[1,2,3]' | ConvertFrom-Json | Measure-Object).Count").lines == ["3"])
        #expect(runScript("('[1,2,3]' | ConvertFrom-Json -NoEnumerate | Measure-Object).Count").lines == ["1"])
        #expect(runScript("$h = '{\"a\":1}' | ConvertFrom-Json -AsHashtable; $h['a']; $h -is [hashtable]").lines == ["1", "True"])
        #expect(runScript("'{', '\"a\": 1', '}' | ConvertFrom-Json | ForEach-Object a").lines == ["1"])
    }

    @Test func convertFromJsonRoundTrips() {
        let script = "$j = [pscustomobject]@{a='s'; b=@(1,'two'); c=[pscustomobject]@{d=$null}} | ConvertTo-Json; ($j | ConvertFrom-Json | ConvertTo-Json) -eq $j"
        #expect(runScript(script).lines == ["True"])
    }

    @Test func convertFromJsonReportsInvalidJson() {
        let result = runScript("try { '{\"a\": nope}' | ConvertFrom-Json } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }")
        #expect(result.lines.first == "System.ArgumentException,Microsoft.PowerShell.Commands.ConvertFromJsonCommand")
        #expect(result.lines.last?.hasPrefix("Conversion from JSON failed with error: Unexpected character encountered while parsing value: n. Path 'a', line 1, position 6.") == true)
        #expect(runScript("try { 'x' | ConvertFrom-Json } catch { $_.Exception.Message }").lines
                == ["Conversion from JSON failed with error: Unexpected character encountered while parsing value: x. Path '', line 0, position 0."])
        #expect(runScript("'{\"a\":1,\"A\":2}' | ConvertFrom-Json").errors.contains("keys with different casing"))
    }
}
