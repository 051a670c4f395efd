// Tests of Sort-Object, Group-Object and Measure-Object: keys (names,
// script blocks, hashtables), order rules, hashtable keys as properties,
// and error paths.

import Testing
import ShoalTestSupport

@Suite struct ObjectCmdletSortGroupTests {
    static let files = "$f = @([pscustomobject]@{Name='b.txt';Size=20;Ext='txt'}, [pscustomobject]@{Name='a.log';Size=5;Ext='LOG'}, [pscustomobject]@{Name='c.txt';Size=20;Ext='TXT'}, [pscustomobject]@{Name='d.log';Size=1;Ext='log'}); "

    @Test func sortObjectByValuesAndProperties() {
        #expect(runScript("3, 1, 2 | Sort-Object").lines == ["1", "2", "3"])
        #expect(runScript("3, 1, 2 | Sort-Object -Descending").lines == ["3", "2", "1"])
        #expect(runScript("'b', 'C', 'a' | Sort-Object").lines == ["a", "b", "C"])
        #expect(runScript("10, 9, 100 | Sort-Object").lines == ["9", "10", "100"])
        #expect(runScript(Self.files + "($f | Sort-Object Size).Name -join ','").lines == ["d.log,a.log,b.txt,c.txt"])
        #expect(runScript(Self.files + "($f | Sort-Object Size, Name -Descending).Name -join ','").lines == ["c.txt,b.txt,a.log,d.log"])
    }

    @Test func sortObjectIsStable() {
        #expect(runScript(Self.files + "($f | Sort-Object Ext).Name -join ','").lines == ["a.log,d.log,b.txt,c.txt"])
        #expect(runScript(Self.files + "($f | Sort-Object Ext -Descending).Name -join ','").lines == ["b.txt,c.txt,a.log,d.log"])
    }

    @Test func sortObjectByIntegersKeepsTiesInArrivalOrderBothWays() {
        // Integer keys take a faster path; its order must be the general one.
        let objects = "$o = 3, 1, 2, 1, 3 | ForEach-Object -Begin { $n = 0 } -Process { [pscustomobject]@{ K = $_; N = ($n++) } }"
        #expect(runScript("\(objects); ($o | Sort-Object K | ForEach-Object { \"$($_.K)$($_.N)\" }) -join ' '").lines == ["11 13 22 30 34"])
        #expect(runScript("\(objects); ($o | Sort-Object K -Descending | ForEach-Object { \"$($_.K)$($_.N)\" }) -join ' '").lines == ["30 34 22 11 13"])
        let extremes = "([long]::MaxValue, 0, [long]::MinValue, -1 | Sort-Object -Descending) -join ','"
        #expect(runScript(extremes).lines == ["9223372036854775807,0,-1,-9223372036854775808"])
        #expect(runScript("(2, 'b', 1 | Sort-Object) -join ','").lines == ["1,2,b"])
    }

    @Test func sortObjectScriptBlocksAndHashtables() {
        #expect(runScript("'ccc', 'a', 'bb' | Sort-Object { $_.Length }").lines == ["a", "bb", "ccc"])
        #expect(runScript(Self.files + "($f | Sort-Object @{Expression='Size';Descending=$true}, @{e='Name';Ascending=$true}).Name -join ','").lines
                    == ["b.txt,c.txt,a.log,d.log"])
        #expect(runScript(Self.files + "($f | Sort-Object @{Expression={$_.Name}; Descending=$true}).Name -join ','").lines == ["d.log,c.txt,b.txt,a.log"])
    }

    @Test func sortObjectUniqueAndCaseSensitive() {
        #expect(runScript("'b', 'A', 'a', 'B' | Sort-Object -Unique").lines == ["A", "b"])
        #expect(runScript("'b', 'A', 'a', 'B' | Sort-Object -CaseSensitive").lines == ["a", "A", "b", "B"])
        #expect(runScript("'b', 'A', 'a', 'B' | Sort-Object -Unique -CaseSensitive").lines == ["a", "A", "b", "B"])
        #expect(runScript("1, $null, 2 | Sort-Object | ForEach-Object { \"[$_]\" }").lines == ["[]", "[1]", "[2]"])
        #expect(runScript("1..10 | Sort-Object -Top 2 -Descending").lines == ["10", "9"])
        #expect(runScript("5, 3, 9, 1 | Sort-Object -Bottom 2").lines == ["5", "9"])
    }

    @Test func sortObjectReadsHashtableKeys() {
        #expect(runScript("(@{n='x';v=3}, @{n='y';v=1}, @{n='z';v=2} | Sort-Object v).n -join ','").lines == ["y,z,x"])
    }

    @Test func sortObjectRejectsAnUnknownHashtableKey() {
        #expect(runScript("1 | Sort-Object @{Name='x';Expression='y'}").errors.contains("The Name key is not valid."))
    }

    @Test func groupObjectCountsNamesAndGroups() {
        let result = runScript(Self.files + "$g = $f | Group-Object Ext; $g.Count; $g | ForEach-Object { \"$($_.Name)=$($_.Count):$($_.Group.Name -join '+')\" }")
        #expect(result.lines == ["2", "LOG=2:a.log+d.log", "txt=2:b.txt+c.txt"])
        #expect(runScript("$g = 'b', 'a', 'b' | Group-Object; $g[0].Name; $g[0].Values[0]; $g[1].Count").lines == ["a", "a", "2"])
        #expect(runScript("($f = 1, 'a', 1 | Group-Object).Name -join ','").lines == ["1,a"])
    }

    @Test func groupObjectCaseSensitiveAndSeveralProperties() {
        #expect(runScript(Self.files + "($f | Group-Object Ext -CaseSensitive).Count").lines == ["4"])
        #expect(runScript(Self.files + "($f | Group-Object Ext, Size | ForEach-Object Name) -join ';'").lines == ["log, 1;LOG, 5;txt, 20"])
        #expect(runScript("(1..6 | Group-Object { $_ % 2 }).Name -join ','").lines == ["0,1"])
    }

    @Test func groupObjectNoElementAndHashtables() {
        #expect(runScript(Self.files + "$g = $f | Group-Object Ext -NoElement; $g[0].Group.Count; $g[0].GetType().Name").lines == ["0", "GroupInfoNoElement"])
        #expect(runScript(Self.files + "$h = $f | Group-Object Size -AsHashTable; $h[20].Count; $h[5].Name").lines == ["2", "a.log"])
        #expect(runScript(Self.files + "$h = $f | Group-Object Ext, Size -AsHashTable -AsString; $h['txt, 20'].Count").lines == ["2"])
        #expect(runScript("(@{k='a'}, @{k='b'}, @{k='a'} | Group-Object k | ForEach-Object Count) -join ','").lines == ["2,1"])
    }

    @Test func groupObjectAsStringNeedsAsHashTable() {
        #expect(runScript("1 | Group-Object -AsString").errors.contains("the AsString parameter requires that you specify the AsHashtable parameter"))
        #expect(runScript("1 | Group-Object a, b -AsHashTable").errors.contains("requires adding the AsString parameter"))
    }

    @Test func measureObjectStatistics() {
        #expect(runScript("$m = 1..4 | Measure-Object -Sum -Average -Maximum -Minimum; $m.Count; $m.Sum; $m.Average; $m.Maximum; $m.Minimum").lines
                    == ["4", "10", "2.5", "4", "1"])
        #expect(runScript("$m = 1..4 | Measure-Object; $m.Count; $null -eq $m.Sum; $m.GetType().Name").lines == ["4", "True", "GenericMeasureInfo"])
        #expect(runScript("(2, 4, 4, 4, 5, 5, 7, 9 | Measure-Object -StandardDeviation).StandardDeviation.ToString('F4')").lines == ["2.1381"])
        #expect(runScript("('b', 'c', 'a' | Measure-Object -Maximum).Maximum").lines == ["c"])
        #expect(runScript("(1, $null, 2 | Measure-Object).Count").lines == ["2"])
    }

    @Test func measureObjectProperties() {
        #expect(runScript(ObjectCmdletSortGroupTests.files + "$m = $f | Measure-Object Size -Sum -Maximum; $m.Sum; $m.Maximum; $m.Property").lines
                    == ["46", "20", "Size"])
        #expect(runScript("(@{v=2}, @{v=3} | Measure-Object v -Sum).Sum").lines == ["5"])
        #expect(runScript("$m = [pscustomobject]@{a=1;b=2}, [pscustomobject]@{a=3;b=4} | Measure-Object a, b -Sum; $m[0].Sum; $m[1].Sum").lines == ["4", "6"])
    }

    @Test func measureObjectErrors() {
        let missing = runScript("$m = 1, 2 | Measure-Object -Property Nope; $null -eq $m")
        #expect(missing.errors.contains("The property \"Nope\" cannot be found in the input for any objects."))
        #expect(missing.lines == ["True"])
        let nonNumeric = runScript("(1, 'x', 2 | Measure-Object -Sum).Sum")
        #expect(nonNumeric.errors.contains("Input object \"x\" is not numeric."))
        #expect(nonNumeric.lines == ["3"])
    }

    @Test func measureObjectText() {
        let result = runScript("$m = \"one two\nthree\", 'four' | Measure-Object -Line -Word -Character; $m.Lines; $m.Words; $m.Characters")
        #expect(result.lines == ["3", "4", "17"])
        #expect(runScript("('a b ' | Measure-Object -Character -IgnoreWhiteSpace).Characters").lines == ["2"])
    }

    // pwsh compares $null with a number as 0 (ObjectCommandComparer via LanguagePrimitives).
    @Test func nullSortsAsZeroAmongNumbersAndFirstAmongStrings() {
        #expect(runScript("3, $null, -2, 1 | Sort-Object | ForEach-Object { \"[$_]\" }").lines == ["[-2]", "[]", "[1]", "[3]"])
        #expect(runScript("3, $null, -2 | Sort-Object -Descending | ForEach-Object { \"[$_]\" }").lines == ["[3]", "[]", "[-2]"])
        #expect(runScript("'b', $null, 'a' | Sort-Object | ForEach-Object { \"[$_]\" }").lines == ["[]", "[a]", "[b]"])
        let byProperty = runScript("""
            @([pscustomobject]@{n='eight'; y=8}, [pscustomobject]@{n='none'; y=$null}, [pscustomobject]@{n='minus'; y=-2}) |
                Sort-Object y | ForEach-Object n
            """)
        #expect(byProperty.lines == ["minus", "none", "eight"])
    }

    @Test func groupAsHashTableCaseSensitiveKeepsKeysApart() {
        let result = runScript("$g = 'a', 'A', 'b', 'a' | Group-Object -AsHashTable -CaseSensitive; $g.Keys.Count; $g['a'].Count; $g['A'].Count; $g.ContainsKey('B')")
        #expect(result.lines == ["3", "2", "1", "False"], "\(result.errors)")
        #expect(runScript("$g = 'a', 'A' | Group-Object -AsHashTable; $g['A'].Count").lines == ["2"])
        // A copy stays case-sensitive.
        #expect(runScript("$c = ('a', 'A' | Group-Object -AsHashTable -CaseSensitive).Clone(); $c.Keys.Count; $c['A'].Count").lines == ["2", "1"])
    }
}
