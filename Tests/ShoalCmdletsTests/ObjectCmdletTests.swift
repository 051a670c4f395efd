// Tests of Where-Object, ForEach-Object and Select-Object: their main
// parameters, hashtable keys as properties, and their error paths.

import Testing
import ShoalTestSupport

@Suite struct ObjectCmdletTests {
    @Test func selectObjectFirstStopsWhatComesBeforeItEvenAnEndlessProducer() {
        let result = runScript("""
            & { while ($true) { 'tick' } } | Select-Object -First 2
            & { try { while ($true) { 1 } } catch { 'a catch saw it' } } | Select-Object -First 1
            $watch = [Diagnostics.Stopwatch]::StartNew(); $null = 1..50000000 | Select-Object -First 1; $watch.ElapsedMilliseconds -lt 5000
            (1..10 | ForEach-Object { $_ * 10 } | Select-Object -First 3 | ForEach-Object { "got $_" }) -join ','
            @(1..5 | Select-Object -First 0).Count
            (1..10 | Select-Object -Skip 2 -First 2) -join ','
            'after'
            """)
        #expect(result.lines == ["tick", "tick", "1", "True", "got 10,got 20,got 30", "0", "3,4", "after"], "\(result.errors)")
    }

    @Test func selectObjectSkipIndexNullInputAndAnUnnamedEmptyBlock() {
        let result = runScript("""
            ('1', '2', '3' | Select-Object -SkipIndex 0, 2) -join ','
            (0..10 | Select-Object -SkipIndex 5, 6, 7, 8, 11) -join ','
            @($null | Select-Object -Property a).Count
            @(@([pscustomobject]@{ a = 1 }, $null, [pscustomobject]@{ a = 2 }) | Select-Object a).Count
            try { 'bar' | Select-Object -Property {} } catch { $_.FullyQualifiedErrorId }
            ('bar' | Select-Object @{ Name = 'x'; Expression = {} }).psobject.Properties.Name
            # A hashtable's keys first, then its own properties.
            (@{ Value = 10 } | Select-Object -Property Keys).Keys
            @{ a = 1; b = 2; c = 3 } | Select-Object -ExpandProperty Count
            (@{ Keys = 10 } | Select-Object -Property Keys).Keys
            """)
        #expect(result.lines == ["2", "0,1,2,3,4,9,10", "0", "2",
                                 "EmptyScriptBlockAndNoName,Microsoft.PowerShell.Commands.SelectObjectCommand", "x",
                                 "Value", "3", "10"], "\(result.errors)")
    }

    @Test func measureObjectComparesNumbersReadAsTextAsNumbers() {
        let result = runScript("""
            seq 1 100 | Measure-Object -Maximum -Minimum | ForEach-Object { "$($_.Maximum) $($_.Minimum)" }
            5, '10', 2.5 | Measure-Object -Maximum -Minimum | ForEach-Object { "$($_.Maximum) $($_.Minimum)" }
            'b', 'a', 'C' | Measure-Object -Maximum -Minimum | ForEach-Object { "$($_.Maximum) $($_.Minimum)" }
            """)
        #expect(result.lines == ["100 1", "10 2.5", "C a"], "\(result.errors)")
    }

    static let people = "$p = @([pscustomobject]@{Name='ann';Age=31;State='Completed'}, [pscustomobject]@{Name='Bob';Age=25;State='Running'}, [pscustomobject]@{Name='cy';Age=40;State='completed'}); "

    @Test func whereObjectScriptBlockAndSimplifiedForm() {
        #expect(runScript("1..6 | Where-Object { $_ % 2 -eq 0 }").lines == ["2", "4", "6"])
        #expect(runScript(Self.people + "($p | Where-Object State -eq Completed).Name").lines == ["ann", "cy"])
        #expect(runScript(Self.people + "($p | Where-Object State -ceq Completed).Name").lines == ["ann"])
        #expect(runScript(Self.people + "($p | ? Age -gt 30).Name; ($p | ? Age -le 25).Name").lines == ["ann", "cy", "Bob"])
        #expect(runScript(Self.people + "($p | where Name -like 'b*').Name; ($p | where Name -clike 'b*').Count").lines == ["Bob", "0"])
        #expect(runScript(Self.people + "($p | where Name -match '^c').Name; ($p | where Name -notmatch 'n').Name").lines == ["cy", "Bob", "cy"])
        #expect(runScript(Self.people + "($p | where Name -in 'ANN','cy').Name; ($p | where Name -cnotin 'ANN','cy').Name").lines == ["ann", "cy", "ann", "Bob"])
    }

    @Test func whereObjectContainsTruthinessAndNot() {
        let script = "$o = [pscustomobject]@{Tags='a','b'}, [pscustomobject]@{Tags='c'}, [pscustomobject]@{Tags=$null}; "
        #expect(runScript(script + "($o | Where-Object Tags -contains 'A').Count").lines == ["1"])
        #expect(runScript(script + "($o | Where-Object Tags -ccontains 'A').Count").lines == ["0"])
        #expect(runScript(script + "@($o | Where-Object Tags).Count; @($o | Where-Object Tags -Not).Count").lines == ["2", "1"])
        #expect(runScript("(1, 'a', 2.5 | Where-Object { $_ } | Where-Object -Property Length -EQ -Value 1).Count").lines == ["3"])
    }

    @Test func whereObjectReadsHashtableKeys() {
        let script = "$h = @{Name='x';Size=5}, @{Name='y';Size=50}; ($h | Where-Object Size -gt 10).Name; ($h | Where-Object { $_.Size -lt 10 }).Name"
        #expect(runScript(script).lines == ["y", "x"])
    }

    @Test func whereObjectRejectsTwoOperators() {
        let result = runScript("1 | Where-Object -Property Length -EQ -NE -Value 1")
        #expect(result.errors.contains("Parameter set cannot be resolved using the specified named parameters."))
        #expect(result.output == "")
    }

    @Test func forEachObjectBeginProcessEndPositionally() {
        #expect(runScript("1..3 | ForEach-Object { $sum = 0 } { $sum += $_ } { \"sum=$sum\" }").lines == ["sum=6"])
        #expect(runScript("1..2 | % { 'start' } { $_ * 10 }").lines == ["start", "10", "20"])
        #expect(runScript("1..2 | ForEach-Object -Begin { 'b' } -Process { $_ } -End { 'e' }").lines == ["b", "1", "2", "e"])
        #expect(runScript("$n = 0; 1..4 | ForEach-Object { $n++ }; $n").lines == ["4"])
    }

    @Test func forEachObjectMemberNamesAndMethods() {
        #expect(runScript("'ab','cd' | ForEach-Object ToUpper").lines == ["AB", "CD"])
        #expect(runScript("'abc','def' | ForEach-Object Substring 1").lines == ["bc", "ef"])
        #expect(runScript("'a,b' | ForEach-Object -MemberName Split -ArgumentList ','").lines == ["a", "b"])
        #expect(runScript("@{Name='k'}, [pscustomobject]@{Name='o'} | ForEach-Object Name").lines == ["k", "o"])
        #expect(runScript("'abc' | ForEach-Object Length").lines == ["3"])
        #expect(runScript("@(1 | ForEach-Object NoSuchMember).Count").lines == ["0"])
    }

    @Test func forEachObjectRejectsNonBlocksAfterBlocks() {
        let result = runScript("1 | ForEach-Object { $_ } 'x'")
        #expect(result.errors.contains("to type \"System.Management.Automation.ScriptBlock\""))
    }

    @Test func selectObjectProperties() {
        #expect(runScript(Self.people + "$s = $p | Select-Object Name, Age; $s[0].Name; \"$($s[1])\"").lines == ["ann", "@{Name=Bob; Age=25}"])
        #expect(runScript(Self.people + "($p | Select-Object N*)[1].Name; \"$(($p | Select-Object *)[0])\"").lines == ["Bob", "@{Name=ann; Age=31; State=Completed}"])
        #expect(runScript(Self.people + "$s = $p[0] | Select-Object -Property * -ExcludeProperty Age; \"$s\"").lines == ["@{Name=ann; State=Completed}"])
        #expect(runScript(Self.people + "$s = $p[0] | Select-Object -ExcludeProperty Name, State; \"$s\"").lines == ["@{Age=31}"])
        #expect(runScript("$s = 1 | Select-Object Missing; \"$s\"; $s.GetType().FullName").lines
                    == ["@{Missing=}", "System.Management.Automation.PSCustomObject"])
    }

    @Test func selectObjectCalculatedProperties() {
        #expect(runScript("$s = 2 | Select-Object @{Name='Double';Expression={$_ * 2}}, @{n='Str';e={\"v$_\"}}, @{l='Len';e='Length'}; \"$s\"").lines
                    == ["@{Double=4; Str=v2; Len=}"])
        #expect(runScript("$s = 'ab' | Select-Object @{Label='L';Expression='Length'}; $s.L").lines == ["2"])
    }

    @Test func selectObjectCalculatedPropertyErrors() {
        #expect(runScript("1 | Select-Object @{foo=1}").errors.contains("The foo key is not valid."))
        #expect(runScript("1 | Select-Object @{n='x'}").errors.contains("A mandatory entry for expression is missing."))
    }

    @Test func selectObjectFirstLastSkipIndexUnique() {
        #expect(runScript("1..10 | Select-Object -First 3").lines == ["1", "2", "3"])
        #expect(runScript("1..10 | Select-Object -Last 2").lines == ["9", "10"])
        #expect(runScript("1..10 | Select-Object -Skip 8").lines == ["9", "10"])
        #expect(runScript("1..10 | Select-Object -Skip 2 -First 2").lines == ["3", "4"])
        #expect(runScript("1..10 | Select-Object -Last 3 -Skip 2").lines == ["6", "7", "8"])
        #expect(runScript("1..10 | Select-Object -SkipLast 7").lines == ["1", "2", "3"])
        #expect(runScript("'a'..'e' | Select-Object -Index 1, 3").lines == ["b", "d"])
        #expect(runScript("1, 2, 1, 3, 2 | Select-Object -Unique").lines == ["1", "2", "3"])
        #expect(runScript("'a', 'A', 'a' | Select-Object -Unique").lines == ["a", "A"])
        #expect(runScript("'a', 'A', 'a' | Select-Object -Unique -CaseInsensitive").lines == ["a"])
    }

    @Test func selectObjectExpandProperty() {
        #expect(runScript("[pscustomobject]@{L=1,2,3} | Select-Object -ExpandProperty L").lines == ["1", "2", "3"])
        #expect(runScript("@{Name='k'} | Select-Object -ExpandProperty Name").lines == ["k"])
        let result = runScript("[pscustomobject]@{a=1} | Select-Object -ExpandProperty b; 'after'")
        #expect(result.errors.contains("Property \"b\" cannot be found."))
        #expect(result.lines == ["after"])
        #expect(runScript("$e = [pscustomobject]@{a=1} | Select-Object -ExpandProperty b -ErrorAction SilentlyContinue -ErrorVariable ev; $ev[0].FullyQualifiedErrorId").lines
                    == ["ExpandPropertyNotFound,Microsoft.PowerShell.Commands.SelectObjectCommand"])
    }

    @Test func selectObjectTreatsHashtableKeysAsProperties() {
        #expect(runScript("$s = @{Name='a';Size=3} | Select-Object Name, Size; \"$($s.Name)-$($s.Size)\"").lines == ["a-3"])
    }

    @Test func selectObjectBindingErrors() {
        #expect(runScript("1 | Select-Object -First abc").errors.contains("Cannot bind parameter 'First'."))
        #expect(runScript("1 | Select-Object -Bogus").errors.contains("A parameter cannot be found that matches parameter name 'Bogus'."))
    }
}
