// Tests of New-Object, Add-Member, Get-Member, Compare-Object, Tee-Object
// and Measure-Command.

import Foundation
import Testing
import ShoalTestSupport

@Suite struct ObjectCmdletMemberTests {
    @Test func newObjectBuildsCustomObjectsAndKnownTypes() {
        #expect(runScript("$o = New-Object PSObject -Property @{Name='n'}; $o.Name; $o.GetType().FullName").lines
                    == ["n", "System.Management.Automation.PSCustomObject"])
        #expect(runScript("(New-Object System.Collections.ArrayList).GetType().FullName").lines == ["System.Collections.ArrayList"])
        #expect(runScript("(New-Object 'System.Collections.Generic.List[string]').Count").lines == ["0"])
        #expect(runScript("(New-Object hashtable).GetType().Name").lines == ["Hashtable"])
        #expect(runScript("(New-Object System.Text.StringBuilder 'abc').ToString()").lines == ["abc"])
        #expect(runScript("(New-Object System.Exception 'boom').Message").lines == ["boom"])
    }

    @Test func newObjectUnknownTypeEndsTheStatement() {
        let result = runScript("$o = New-Object No.Such.Type; $null -eq $o")
        #expect(result.errors.contains("Cannot find type [No.Such.Type]: verify that the assembly containing this type is loaded."))
        #expect(result.lines == ["True"])
    }

    @Test func addMemberNotePropertiesAndPassThru() {
        #expect(runScript("$o = [pscustomobject]@{a=1}; $o | Add-Member -NotePropertyName b -NotePropertyValue 2; \"$o\"").lines == ["@{a=1; b=2}"])
        #expect(runScript("$o = [pscustomobject]@{}; Add-Member -InputObject $o -MemberType NoteProperty -Name x -Value 5; $o.x").lines == ["5"])
        #expect(runScript("$o = [pscustomobject]@{}; $o | Add-Member NoteProperty y 6; $o.y").lines == ["6"])
        #expect(runScript("$o = [pscustomobject]@{} | Add-Member z 7 -PassThru; $o.z").lines == ["7"])
        #expect(runScript("$o = [pscustomobject]@{} | Add-Member -NotePropertyMembers @{p=1;q=2} -PassThru; $o.p + $o.q").lines == ["3"])
    }

    @Test func addMemberScriptMembers() {
        let script = "$o = [pscustomobject]@{n=2}; $o | Add-Member -MemberType ScriptMethod -Name Twice -Value { $this.n * 2 }; $o | Add-Member ScriptProperty Half { $this.n / 2 }; $o.Twice(); $o.Half"
        #expect(runScript(script).lines == ["4", "1"])
    }

    @Test func addMemberWrapsStringsAndNumbersWhichStillActAsThemselves() {
        let script = """
            $s = 'abc' | Add-Member -NotePropertyName Tag -NotePropertyValue 5 -PassThru
            $s; $s.Tag; $s.Length; $s.ToUpper(); $s -eq 'abc'; $s + 'd'; "[$s]"; $s -is [string]; $s.GetType().FullName; $s[1]
            $s | Get-Member -MemberType NoteProperty | ForEach-Object { "$($_.TypeName) $($_.Name)" }
            switch ($s) { 'abc' { 'switch matched' } }
            ($s | Select-Object Tag, Length | ForEach-Object { "$($_.Tag)/$($_.Length)" })
            $s.psobject.BaseObject.GetType().Name
            $n = 41 | Add-Member Unit kg -PassThru
            $n + 1; $n * 2; $n -gt 40; [int]$n + 0; $n.Unit; @(3, $n, 100) | Sort-Object | Select-Object -First 2
            $n | ConvertTo-Json -Compress; $s | ConvertTo-Json -Compress
            $plain = 'xyz'; $plain | Add-Member Lost 1; $null -eq $plain.Lost
            $s | Format-List; $s.Tag = 6; $s.Tag; $s.Length = 1
            """
        let result = runScript(script)
        #expect(result.lines == ["abc", "5", "3", "ABC", "True", "abcd", "[abc]", "True", "System.String", "b",
                                 "System.String Tag", "switch matched", "5/3", "String",
                                 "42", "82", "True", "41", "kg", "3", "41",
                                 "{\"value\":41,\"Unit\":\"kg\"}", "\"abc\"", "True", "abc", "6"], "\(result.errors)")
        #expect(result.errors.contains("'Length' is a ReadOnly property."))
    }

    @Test func addMemberErrors() {
        let duplicate = runScript("$o = [pscustomobject]@{a=1}; $o | Add-Member a 2; $o.a; $o | Add-Member a 3 -Force; $o.a")
        #expect(duplicate.errors.contains("Cannot add a member with the name \"a\" because a member with that name already exists."))
        #expect(duplicate.lines == ["1", "3"])
        #expect(runScript("[pscustomobject]@{} | Add-Member -MemberType Bogus -Name x -Value 1").errors
                    .contains("Cannot bind parameter 'MemberType'. Cannot convert value \"Bogus\" to type \"System.Management.Automation.PSMemberTypes\"."))
        #expect(runScript("Add-Member -NotePropertyName a -NotePropertyValue 1").errors.contains("missing mandatory parameters: InputObject"))
        let null = runScript("$null | Add-Member -NotePropertyName a -NotePropertyValue 1; 'after'")
        #expect(null.errors.contains("Cannot bind argument to parameter 'InputObject' because it is null."))
        #expect(null.lines == ["after"])
    }

    @Test func getMemberListsTypeAndMembers() {
        let result = runScript("$m = [pscustomobject]@{b=1;a='x'} | Get-Member; $m[0].TypeName; ($m | ForEach-Object Name) -join ','; ($m | Where-Object Name -eq a).Definition")
        #expect(result.lines == ["System.Management.Automation.PSCustomObject", "Equals,GetHashCode,GetType,ToString,a,b", "string a=x"])
        #expect(runScript("('s' | Get-Member -MemberType Property).Name").lines == ["Length"])
        #expect(runScript("('s' | Get-Member -Name ToUpper).Definition").lines == ["string ToUpper()"])
        // Shown as pwsh's MemberDefinition view: a table per type under its TypeName.
        #expect(runScript("'abc' | Get-Member -MemberType Property").output
                == "\n   TypeName: System.String\n\nName   MemberType Definition\n----   ---------- ----------\nLength Property   int Length {get;}\n\n")
        // -Static lists a type's static members from the table its calls use.
        #expect(runScript("$m = [math] | Get-Member -Static; $m[0].TypeName; ($m | Where-Object Name -eq Round).Definition; ($m | Where-Object MemberType -eq Property).Name -join ','").lines
                == ["System.Math", "static double Round(double a), static double Round(double value, int digits)", "E,PI,Tau"])
        #expect(runScript("[math]::Round(2.567, 2); [math]::Round(7); [math]::Max(3, 9.5); try { [math]::Max(1) } catch { $_.FullyQualifiedErrorId }").lines
                == ["2.57", "7", "9.5", "MethodCountCouldNotFindBest"])
        // Get-Member lists what calls take, from the one member table, with every overload.
        #expect(runScript("('s' | Get-Member -Name Substring).Definition").lines
                == ["string Substring(int startIndex), string Substring(int startIndex, int length)"])
        #expect(runScript("$n = ('s' | Get-Member -MemberType Method).Name; 'Insert', 'LastIndexOf', 'Remove', 'ToCharArray' | % { $n -contains $_ }; 'abc'.Insert(1, 'x'); 'abcb'.LastIndexOf('b')").lines
                == ["True", "True", "True", "True", "axbc", "3"])
        #expect(runScript("(1, 2, 'a' | Get-Member -Name GetType).TypeName -join ','").lines == ["System.Int32,System.String"])
        #expect(runScript("(1 | Select-Object @{n='x';e={1}} | Get-Member -MemberType NoteProperty).TypeName").lines == ["Selected.System.Int32"])
    }

    @Test func getMemberWithoutInputIsAnError() {
        #expect(runScript("Get-Member").errors.contains("You must specify an object for the Get-Member cmdlet."))
    }

    @Test func compareObjectSideIndicators() {
        let script = "Compare-Object -ReferenceObject 'dog','squirrel','bird' -DifferenceObject 'cat','bird','racoon' | ForEach-Object { \"$($_.InputObject) $($_.SideIndicator)\" }"
        #expect(runScript(script).lines == ["cat =>", "racoon =>", "dog <=", "squirrel <="])
        let equal = "Compare-Object 'dog','squirrel','bird' 'cat','bird','racoon' -IncludeEqual | ForEach-Object { \"$($_.InputObject) $($_.SideIndicator)\" }"
        #expect(runScript(equal).lines == ["bird ==", "cat =>", "racoon =>", "dog <=", "squirrel <="])
        #expect(runScript("(Compare-Object 1,2 2,3 -ExcludeDifferent).InputObject").lines == ["2"])
        #expect(runScript("'b','c' | Compare-Object 'a','b' | ForEach-Object SideIndicator").lines == ["=>", "<="])
        #expect(runScript("@(Compare-Object 'A' 'a').Count; @(Compare-Object 'A' 'a' -CaseSensitive).Count").lines == ["0", "2"])
    }

    @Test func compareObjectByPropertyAndPassThru() {
        let objects = "$r = [pscustomobject]@{n='x';v=1}, [pscustomobject]@{n='y';v=2}; $d = [pscustomobject]@{n='x';v=9}; "
        #expect(runScript(objects + "$c = Compare-Object $r $d -Property n; \"$c\"").lines == ["@{n=y; SideIndicator=<=}"])
        #expect(runScript(objects + "$c = Compare-Object $r $d -Property n -PassThru; $c.v; $c.SideIndicator").lines == ["2", "<="])
    }

    @Test func compareObjectRejectsNullReference() {
        #expect(runScript("Compare-Object $null 1").errors.contains("Cannot bind argument to parameter 'ReferenceObject' because it is null."))
    }

    @Test func teeObjectVariableAndFile() {
        #expect(runScript("1..3 | Tee-Object -Variable t | ForEach-Object { $_ * 10 }; $t -join ','").lines == ["10", "20", "30", "1,2,3"])
        let path = "/tmp/shoal-tee-test-\(UInt32.random(in: 0...UInt32.max)).txt"
        let result = runScript("'a','b' | Tee-Object -FilePath '\(path)' | Out-Null; 'c' | Tee-Object '\(path)' -Append")
        #expect(result.lines == ["c"])
        #expect((try? String(contentsOfFile: path, encoding: .utf8)) == "a\nb\nc\n")
        try? FileManager.default.removeItem(atPath: path)
    }

    @Test func measureCommandReturnsTimeSpanAndRunsInCallerScope() {
        #expect(runScript("$t = Measure-Command { $x = 5; 'hidden' }; $t.GetType().Name; $x; $t.TotalSeconds -lt 5").lines == ["TimeSpan", "5", "True"])
        #expect(runScript("$n = 0; 1..3 | Measure-Command { $n += $_ } | Out-Null; $n").lines == ["6"])
        #expect(runScript("Measure-Command").errors.contains("missing mandatory parameters: Expression"))
    }
}
