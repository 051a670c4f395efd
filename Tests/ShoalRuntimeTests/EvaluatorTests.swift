// Evaluator tests: scripts run in a session whose host captures what it
// prints, so each test states the exact output PowerShell gives.

import Foundation
import Testing
import ShoalTestSupport

func run(_ script: String) -> (output: String, errors: String, status: Int32) {
    let result = runScript(script)
    return (result.output, result.errors, result.status)
}

/// The lines a script writes to standard output.
func lines(_ script: String) -> [String] { runScript(script).lines }

@Suite struct RegexDialectTests {
    /// .NET reads a brace that begins no quantifier, and a `]` first in a
    /// class, literally; Swift's Regex would refuse or mean something else.
    @Test func bracesAndClassesReadAsDotNetReadsThem() {
        let result = run("""
            'test  {1, 2}' -match 'test\\s+{1, 2}'
            'b' -match 'a{,2}'
            'a{,2}' -match '^a{,2}$'
            'aaa' -match '^a{2,}$'
            'q]' -match '^[]q]+$'
            ']' -match '[^]a]'
            """)
        #expect(result.output.split(separator: "\n") == ["True", "False", "True", "True", "True", "False"], "\(result.errors)")
    }
}

@Suite struct OperatorTests {
    @Test(arguments: [
        ("'5' + 5", "55"), ("5 + '5'", "10"), ("(1,2,3 + 4).Count", "4"), ("'ab' * 3", "ababab"),
        ("7 / 2", "3.5"), ("6 / 2", "3"), ("-7 % 3", "-1"), ("0x10 + 1kb", "1040"), ("[int]2.5", "2"), ("[int]3.5", "4"),
        ("(@{a=1} + @{b=2}).Count", "2"), ("'{0:N2}|{1,-4}|{2,4}' -f 1234.567, 'ab', 7", "1,234.57|ab  |   7"),
        ("'{0:D3} {1:X} {2:P0}' -f 7, 255, 0.5", "007 FF 50 %"),
        ("(1,2,3,4 -gt 2) -join ','", "3,4"), ("'ABC' -eq 'abc'", "True"), ("'ABC' -ceq 'abc'", "False"),
        ("'file.txt' -like '*.TXT'", "True"), ("1 -eq '1'", "True"), ("'1.0' -eq 1", "False"), ("$null -eq $null", "True"),
        ("'a,b,,c' -split ','", "a\nb\n\nc"), ("'hello' -replace 'l(l)', '[$1]'", "he[l]o"), ("-join ('a','b')", "ab"),
        ("(1..3) -contains 2", "True"), ("2 -in 1..3", "True"), ("5 -is [int]", "True"), ("'5' -as [int]", "5"),
        ("[math]::Round(2.5)", "2"), ("[math]::Round(3.14159, 2)", "3.14"), ("[int]::MaxValue + 1", "2147483648"),
        ("9223372036854775807 + 1", "9.22337203685478E+18"), ("0.1 + 0.2", "0.3"), ("1e3", "1000"), ("[double]'1.5' * 2", "3"),
        ("$true -and $false -or $true", "True"), ("-not 0", "True"), ("!''", "True"), ("'abc'.ToUpper()", "ABC"),
        ("'  x '.Trim() + '|'", "x|"), ("'a-b-c'.Split('-').Count", "3"), ("'hello'.Substring(1, 3)", "ell"),
        ("[string]::Join(',', (1,2))", "1,2"), ("'x'.PadLeft(3, '0')", "00x"), ("(1,2,3)[-1]", "3"), ("(1..10)[2..4] -join ''", "345"),
    ])
    func expression(_ pair: (String, String)) {
        let result = run(pair.0)
        #expect(result.output == pair.1 + "\n", "\(pair.0)")
        #expect(result.errors == "", "\(pair.0)")
    }

    @Test func integersExpandAsDecimal() {
        #expect(run("\"$(-5)|$([long]::MinValue)|$(0)|item$(42)\"").output == "-5|-9223372036854775808|0|item42\n")
    }

    @Test func customObjectLiteralRejectsDuplicateKeys() {
        // A computed key is compared when the literal is built: a
        // statement-terminating error. A constant one is pwsh's parse error.
        let result = run("[pscustomobject]@{ a = 1; ('A') = 2 }; 'next'")
        #expect(result.errors.contains("Duplicate keys 'A' are not allowed in hash literals."))
        #expect(result.output == "next\n")
        let parsed = run("'first'; [pscustomobject]@{ a = 1; A = 2 }")
        #expect(parsed.errors.contains("Duplicate keys 'A' are not allowed in hash literals."))
        #expect(parsed.output == "")
        #expect(run("[pscustomobject]@{ B = 1; a = 2; ('c' + 'd') = 3 } | ConvertTo-Json -Compress").output == "{\"B\":1,\"a\":2,\"cd\":3}\n")
    }

    @Test func divisionByZeroIsAStatementTerminatingError() {
        let result = run("1/0; 'after'")
        #expect(result.output == "after\n")
        #expect(result.errors.contains("Attempted to divide by zero."))
        #expect(result.errors.contains("<test>:1:1"))
    }

    @Test func failedConversionNamesTheValueAndType() {
        let result = run("[int]'abc'")
        #expect(result.errors.contains(#"Cannot convert value "abc" to type "System.Int32". Error: "Input string was not in a correct format.""#))
        #expect(result.status == 1)
    }

    @Test func methodOnNull() {
        let result = run("$x = $null; $x.Foo()")
        #expect(result.errors.contains("You cannot call a method on a null-valued expression."))
    }

    @Test func comparisonSetsMatches() {
        #expect(lines("if ('v1.2' -match 'v(?<major>\\d+)\\.(\\d+)') { $Matches.major; $Matches[1] }") == ["1", "2"])
    }
}

@Suite struct VariableAndScopeTests {
    @Test func functionsSeeCallerVariablesButDoNotChangeThem() {
        let script = """
        $x = 1
        function f { "in f: $x"; $x = 2; "after: $x" }
        f
        "outside: $x"
        function g { $script:x = 3 }
        g
        "script: $x"
        """
        #expect(lines(script) == ["in f: 1", "after: 2", "outside: 1", "script: 3"])
    }

    /// The plan-layer issue's `function h { $script:x = 3 }; h` printed 1
    /// because `h` is pwsh's alias for Get-History, and an alias comes before
    /// a function (about_Command_Precedence): pwsh prints 1 too.
    @Test func anAliasComesBeforeAFunctionOfTheSameName() {
        #expect(lines("$x = 1; function h { $script:x = 3 }; h; $x; (Get-Command h).CommandType") == ["1", "Alias"])
        #expect(lines("$x = 1; function hh { $script:x = 3 }; hh; $x") == ["3"])
    }

    /// `-c` text runs in the global scope with its variables in slots
    /// (Scope.adopt): the automatic variables it assigns keep their type
    /// constraints, and removal, look-up by name and callees still find them.
    @Test func topLevelSlotsInTheGlobalScopeBehaveAsNamedVariables() {
        #expect(lines("$ErrorActionPreference = 'SilentlyContinue'; $ErrorActionPreference.GetType().Name") == ["ActionPreference"])
        #expect(runScript("$ErrorActionPreference = 'Sometimes'").errors.contains("Cannot convert value"))
        #expect(lines("$x = 1; function f { $x + $global:x }; f; Remove-Variable x; \"[$x]\"; (Get-Variable -Scope Global x -ErrorAction Ignore) -eq $null")
                == ["2", "[]", "True"])
        #expect(lines("$y = 5; (Get-Variable y).Value; $ExecutionContext.SessionState.PSVariable.GetValue('y'); & { $y }") == ["5", "5", "5"])
    }

    @Test func typeConstrainedVariableConvertsLaterAssignments() {
        #expect(lines("[int]$n = '5'; $n = '7'; $n + 1; $n.GetType().Name") == ["8", "Int32"])
    }

    @Test func multipleAssignmentAndSwap() {
        #expect(lines("$a, $b = 1, 2; $a, $b = $b, $a; \"$a $b\"; $first, $rest = 1, 2, 3; $rest -join ','") == ["2 1", "2,3"])
    }

    @Test func incrementOperators() {
        #expect(lines("$i = 5; $i++; ++$i; $i; ($i++); $i; $j = $i--; $j") == ["7", "7", "8", "8"])
    }

    // `$env:` assignments are tested end to end (Scripts/vars-env.ps1): in
    // this process they would change the environment under other tests
    // that start programs through Foundation, which reads it unlocked.

    @Test func usingOutsideAJobIsAnError() {
        let result = run("$x = 1; $using:x")
        #expect(result.errors.contains("A Using variable cannot be retrieved."))
    }

    @Test func memberEnumerationAndCollectionProperties() {
        #expect(lines("$o = [pscustomobject]@{Id=1}, [pscustomobject]@{Id=2}; $o.Id -join ','; $o.Count") == ["1,2", "2"])
    }

    @Test func hashtableKeysAreCaseInsensitive() {
        #expect(lines("$h = @{ Name = 'x' }; $h.name; $h['NAME']; $h.Count; $h.Keys") == ["x", "x", "1", "Name"])
    }
}

@Suite struct StatementTests {
    @Test func labelledContinue() {
        #expect(lines(":outer foreach ($i in 1..2) { foreach ($j in 1..3) { if ($j -eq 2) { continue outer }; \"$i$j\" } }") == ["11", "21"])
    }

    @Test func switchWithArrayBreakAndDefault() {
        let script = "switch (1, 5, 9) { 1 { 'one' } { $_ -gt 4 } { \"big $_\"; if ($_ -eq 9) { break } } default { 'no' } }"
        #expect(lines(script) == ["one", "big 5", "big 9"])
    }

    @Test func switchAsExpression() {
        #expect(lines("$v = $(switch ('b') { 'a' { 1 } 'b' { 2 } }); $v") == ["2"])
    }

    @Test func tryCatchByTypeAndFinally() {
        let script = """
        try { [int]'x' } catch [System.DivideByZeroException] { 'wrong' } catch [System.InvalidCastException] { 'cast' } finally { 'fin' }
        try { throw 'plain' } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
        try { try { throw 'inner' } catch { throw } } catch { "rethrown: $_" }
        """
        #expect(lines(script) == ["cast", "fin", "plain", "plain", "rethrown: inner"])
    }

    @Test func unhandledThrowStopsTheScript() {
        let result = run("'before'; throw 'fatal'; 'after'")
        #expect(result.output == "before\n")
        #expect(result.errors.contains("fatal"))
        #expect(result.status == 1)
    }

    @Test func exitSetsStatus() {
        #expect(run("exit 7; 'no'").status == 7)
        #expect(run("'fine'").status == 0)
    }

    @Test func errorActionStopMakesWriteErrorTerminating() {
        let script = "$ErrorActionPreference = 'Stop'; try { Write-Error 'e1' } catch { \"caught $_\" }; Write-Error 'e2'; 'never'"
        let result = run(script)
        #expect(result.output == "caught e1\n")
        #expect(result.status == 1)
    }

    @Test func callDepthOverflowIsAnError() {
        let result = run("function recurse { recurse }; try { recurse } catch { $_.Exception.Message }")
        #expect(result.output == "The script failed due to call depth overflow.\n")
    }
}

@Suite struct ParameterBindingTests {
    @Test func namedPositionalPrefixAndSwitch() {
        let script = """
        function Show { param([string]$Name, [int]$Count = 1, [switch]$Force) "$Name $Count $Force" }
        Show a 2
        Show -Coun 3 -N b -Force
        Show -Force:$false c
        """
        #expect(lines(script) == ["a 2 False", "b 3 True", "c 1 False"])
    }

    @Test func ambiguousPrefixIsABindingError() {
        let result = run("function f { param($Name, $Number) }; f -N 1")
        #expect(result.errors.contains("Parameter cannot be processed because the parameter name 'N' is ambiguous. Possible matches include: -Name -Number."))
    }

    @Test func unknownParameterOnAdvancedFunction() {
        let result = run("function f { [CmdletBinding()] param($A) }; f -B 1")
        #expect(result.errors.contains("A parameter cannot be found that matches parameter name 'B'."))
    }

    @Test func validateSetAndRange() {
        let result = run("function f { param([ValidateSet('a','b')]$X, [ValidateRange(1, 5)][int]$N) \"$X $N\" }; f a 3; f c 1; f a 9")
        #expect(result.output == "a 3\n")
        #expect(result.errors.contains("does not belong to the set \"a,b\" specified by the ValidateSet attribute"))
        #expect(result.errors.contains("The 9 argument is greater than the maximum allowed range of 5."))
    }

    @Test func mandatoryMissingIsAnErrorNonInteractively() {
        let result = run("function f { param([Parameter(Mandatory)]$Name) }; f")
        #expect(result.errors.contains("Cannot process command because of one or more missing mandatory parameters: Name."))
    }

    @Test func pipelineBindingWithProcessBlock() {
        let script = """
        function Add-One { param([Parameter(ValueFromPipeline)][int]$N) process { $N + 1 } }
        1, 2, 3 | Add-One
        """
        #expect(lines(script) == ["2", "3", "4"])
    }

    @Test func splattingAndBoundParameters() {
        let script = """
        function f { param($A, $B) $PSBoundParameters.Keys -join ','; "$A-$B" }
        $h = @{ A = 1; B = 2 }
        f @h
        $arr = 'x', 'y'
        f @arr
        """
        #expect(lines(script) == ["A,B", "1-2", "A,B", "x-y"])
    }

    @Test func argsHoldsUnboundArguments() {
        #expect(lines("function f { $args.Count; $args[1] }; f 1 two 3") == ["3", "two"])
    }

    @Test func commonParametersOnAdvancedFunction() {
        let script = """
        function f { [CmdletBinding()] param() Write-Verbose 'v'; Write-Error 'e'; 'out' }
        f -Verbose -ErrorAction SilentlyContinue
        """
        let result = run(script)
        #expect(result.output == "out\n")
        #expect(result.errors == "VERBOSE: v\n")
    }
}

@Suite struct PipelineTests {
    @Test func objectsStreamThroughThePipeline() {
        let script = """
        function Produce { 'p1'; Write-Host 'produced 1'; 'p2'; Write-Host 'produced 2' }
        Produce | ForEach-Object { Write-Host "consumed $_" }
        """
        #expect(lines(script) == ["consumed p1", "produced 1", "consumed p2", "produced 2"])
    }

    @Test func arraysUnrollOneLevel() {
        #expect(lines("$a = @(1, @(2, 3)); $a | ForEach-Object { $_.GetType().Name }") == ["Int32", "Object[]"])
    }

    @Test func voidAndOutNullDiscard() {
        #expect(run("[void](1 + 1); $null = 2; 3 | Out-Null; 'kept'").output == "kept\n")
    }

    @Test func redirectionOfErrorsIntoOutput() {
        #expect(lines("$r = & { Write-Error 'bad'; 'good' } 2>&1; $r.Count; $r[0].GetType().Name") == ["2", "ErrorRecord"])
        #expect(run("Write-Error 'hidden' 2>$null; 'x'").errors == "")
    }

    @Test func externalProgramOutputIsCapturedAsLines() {
        #expect(lines("$x = printf 'a\\nb\\n'; $x.Count; $x[1]; 'z','y' | sort") == ["2", "b", "y", "z"])
        #expect(lines("sh -c 'exit 4'; $?; $LASTEXITCODE") == ["False", "4"])
    }

    @Test func unknownCommand() {
        let result = run("Get-Nothing-Here")
        #expect(result.errors.contains("The term 'Get-Nothing-Here' is not recognized as a name of a cmdlet, function, script file, or executable program."))
        #expect(result.status == 1)
    }
}

@Suite struct SimpleCallTests {
    @Test func redefinedFunctionIsCalledFromTheNextCallOn() {
        // Simple calls remember the function they found; a new definition
        // anywhere must be seen by the next call.
        let script = """
            function f { 'old' }
            $seen = for ($i = 0; $i -lt 4; $i++) { f; if ($i -eq 1) { function f { 'new' } } }
            $seen -join ','
            function g { function f { 'inner' }; f }
            g
            f
            """
        #expect(run(script).output == "old,old,new,new\ninner\nnew\n")
        // An alias made after a call takes precedence at the next one.
        let aliased = "function f { 'function' }; f; Set-Alias f Write-Output; f 'alias'"
        #expect(run(aliased).output == "function\nalias\n")
    }

    /// Named calls of simple functions (`f -b 1 -a $x`) bind as pwsh's
    /// binder does; the suite's second run (SHOAL_FAST_PATHS=off) checks the
    /// direct call against the general path on the same script.
    @Test func namedArgumentsBindByFullNameOrPrefixAndLeaveTheRestPositional() {
        let script = """
            function f($alpha, $beta) { "a=$alpha b=$beta args=$($args -join ',')" }
            f -alpha 1 -beta 2; f -beta 1 -alpha 2; f -be 1 2; f -alpha:3 4; f 5 -b 6; f -BETA 7 -Al 8; f -x 1; f -a 1 2 3
            $i = 0; f -beta $(++$i; $i) -alpha $(++$i; $i)
            function t([int]$n, $m = $n * 2) { "$n $m" }; t -n 5; t -m 1 -n '2'
            function g($ab, $ac) { "$ab $ac" }; g -a 1
            f -alpha 1 -alpha 2
            t -n x
            """
        let result = run(script)
        #expect(result.output == """
            a=1 b=2 args=
            a=2 b=1 args=
            a=2 b=1 args=
            a=3 b=4 args=
            a=5 b=6 args=
            a=8 b=7 args=
            a= b= args=-x,1
            a=1 b=2 args=3
            a=2 b=1 args=
            5 10
            2 1

            """)
        #expect(result.errors.contains("Parameter cannot be processed because the parameter name 'a' is ambiguous. Possible matches include: -ab -ac."))
        #expect(result.errors.contains("Cannot bind parameter because parameter 'alpha' is specified more than once."))
        #expect(result.errors.contains("Cannot process argument transformation on parameter 'n'. Cannot convert value \"x\" to type \"System.Int32\"."))
    }

    @Test func argumentsBindAndSpillIntoArgs() {
        let script = """
            function three($a, $b, $c) { "$a|$b|$c|$($args -join ',')" }
            three 1 2 3 4 5
            three 1
            function spill($a) { "$a/$($args.Count)/$($args -join ',')" }
            spill 1 2
            spill 1 2 3
            function typed([int]$n = 7, $m) { $n + 1; $m }
            typed
            typed '5' q
            """
        #expect(run(script).output == "1|2|3|4,5\n1|||\n1/1/2\n1/2/2,3\n8\n6\nq\n")
    }

    @Test func aDefaultThatRecursesMeetsTheDepthLimit() {
        let result = run("function f($a = (f)) { 'x' }; f; 'after'")
        #expect(result.errors.contains("The script failed due to call depth overflow."))
    }

    @Test func aReusedScopeKeepsNothingFromTheLastCall() {
        // Finished calls hand their scope to the next call: it must start
        // empty, and a scope something still refers to must not be reused.
        let script = """
            function f($x) { if ($x) { $y = 'set' }; "y=$y" }
            f 1
            f 0
            function a { function inner { 'inner' } }
            function b { @(Get-Command inner -ErrorAction SilentlyContinue).Count }
            a
            b
            function keep($x) { Get-Variable x }
            $kept = keep 5
            $null = keep 6
            $kept.Value
            function make($n) { { "n=$n" }.GetNewClosure() }
            $one = make 1
            $two = make 2
            & $one
            & $two
            function fib($n) { if ($n -lt 2) { $n } else { (fib ($n - 1)) + (fib ($n - 2)) } }
            fib 15
            """
        #expect(run(script).output == "y=set\ny=\n0\n5\nn=1\nn=2\n610\n")
    }
}

@Suite struct ByNameVariableTests {
    @Test func topLevelVariablesFollowDefinitionAndRemoval() {
        // `-c` text runs in the global scope by name: reads and writes go
        // through the by-name cache, which must see every change.
        let script = """
            $i = 1
            foreach ($k in 1..3) { $i = $i + $k; $i++ }
            $i
            Remove-Variable i
            $null -eq $i
            $i = 'again'
            $i
            Set-Variable i 'set'
            $i
            [int]$n = '4'
            $n = '5'
            $n + 1
            function show { "inner sees $i" }
            show
            """
        #expect(run(script).output == "10\nTrue\nagain\nset\n6\ninner sees set\n")
    }

    @Test func dotSourcedFileSharesTheCallersVariables() throws {
        let directory = FileManager.default.temporaryDirectory.path + "/shoal-dot-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try "$total = 0\nforeach ($v in $values) { $total += $v }\n$count = $values.Count\n"
            .write(toFile: directory + "/lib.ps1", atomically: true, encoding: .utf8)
        let script = """
            function sum($values) { . '\(directory)/lib.ps1'; "$total/$count" }
            sum (1, 2, 3)
            sum (10, 20)
            $values = 4, 5
            . '\(directory)/lib.ps1'
            "$total/$count"
            $total = 'replaced'
            . '\(directory)/lib.ps1'
            $total
            """
        #expect(run(script).output == "6/3\n30/2\n9/2\n9\n")
    }
}

@Suite struct StringMethodTests {
    @Test(arguments: [
        // .NET counts UTF-16 code units: the emoji is two.
        ("'x😀y'.Length", "4"), ("'x😀y'.IndexOf('y')", "3"), ("'x😀y'.Substring(3)", "y"), ("'x😀y'.Substring(1, 2)", "😀"),
        ("'héllo'.Substring(1, 2)", "él"), ("'hello'.IndexOf('l', 3)", "3"), ("'hello'.IndexOf('z')", "-1"),
        ("'hello'.IndexOf('')", "0"), ("'hello'.LastIndexOf('l')", "3"), ("'hello'.LastIndexOf('')", "5"),
        ("'abc'.Insert(1, 'Z')", "aZbc"), ("'abcdef'.Remove(1, 2)", "adef"), ("'abcdef'.Remove(4)", "abcd"),
        ("'aXbXc'.Replace('X', '--')", "a--b--c"), ("'a.b'.Contains('.')", "True"), ("'ab'.PadRight(4, '.') + '|'", "ab..|"),
        // PowerShell 7 binds one string to Split(string): one separator.
        ("\"a`r`nb`r`nc\".Split(\"`r`n\").Count", "3"), ("'a, b,c'.Split(', ').Count", "2"), ("'1ab2'.Split('ab') -join '|'", "1|2"),
        ("'a::b'.Split('::', 'None').Count", "2"), ("'a,b;c'.Split([char[]]',;') -join '|'", "a|b|c"), ("'a,b'.Split(',')[1]", "b"),
        // A bound inside a surrogate pair cuts it, as in .NET.
        ("'😀'.Substring(1).Length", "1"), ("'😀abc'.Substring(2)", "abc"), ("'abcabc'.LastIndexOf('c', 3)", "2"),
    ])
    func method(_ pair: (String, String)) {
        let result = run(pair.0)
        #expect(result.output == pair.1 + "\n", "\(pair.0)")
        #expect(result.errors == "", "\(pair.0)")
    }

    @Test func outOfRangeNamesTheMethodAndParameter() {
        #expect(run("'abc'.IndexOf('a', 9)").errors.contains("Exception calling \"IndexOf\" with \"2\" argument(s)"))
        #expect(run("'abc'.Substring(2, 5)").errors.contains("(Parameter 'length')"))
        #expect(run("'abc'.IndexOf('a', 9)").errors.contains("(Parameter 'startIndex')"))
    }

    @Test func largeStringsAreNotCopiedPerCall() {
        // Substring and IndexOf at many offsets of a 100 KB string (these
        // once copied the whole string into an array on every call).
        let script = """
            $s = 'ab' * 50000
            $n = 0
            for ($i = 0; $i -lt 1000; $i++) { $n += $s.Substring($i, 2).Length + $s.IndexOf('b', $i) - $i }
            $n
            """
        #expect(run(script).output == "2500\n")
    }
}

@Suite struct PSObjectViewTests {
    @Test func propertiesCanBeListedReadSetAndRemoved() {
        let script = """
            $o = [pscustomobject]@{ a = 1; b = 'x' }
            $o.psobject.Properties | ForEach-Object { "$($_.Name)=$($_.Value) $($_.MemberType)" }
            $o.PSObject.Properties.Name -join ','
            $o.psobject.Properties['a'].Value = 5
            $o.a
            $o.psobject.Properties.Match('b*').Value
            $null -eq $o.psobject.Properties['missing']
            $o.psobject.Properties.Remove('b')
            $o.psobject.Properties.Name -join ','
            'abc'.psobject.Properties.Name
            """
        #expect(run(script).output == "a=1 NoteProperty\nb=x NoteProperty\na,b\n5\nx\nTrue\na\nLength\n")
    }

    @Test func copyIsShallowAndTypeNamesAreListed() {
        let script = """
            $o = [pscustomobject]@{ a = 1 }
            $c = $o.psobject.Copy()
            $c.a = 2
            "$($o.a) $($c.a)"
            $o.psobject.TypeNames -join ','
            $o.psobject.BaseObject.a
            """
        #expect(run(script).output == "1 2\nSystem.Management.Automation.PSCustomObject,System.Object\n1\n")
    }

    @Test func typeNamesAreLiveAndNullHasNoView() {
        let script = """
            $o = [pscustomobject]@{ a = 1; b = 2 }
            $o.psobject.TypeNames.Insert(0, 'My.Type')
            $o.pstypenames -join ','
            $o.psobject.Properties.Count
            if ($null.psobject) { 'truthy' } else { 'falsy' }
            $h = @{ x = 1 }
            $copy = $h.psobject.Copy()
            $copy.y = 2
            $h.Count
            """
        #expect(run(script).output == "My.Type,System.Management.Automation.PSCustomObject,System.Object\n2\nfalsy\n1\n")
    }

    @Test func stringsIndexByUTF16CodeUnit() {
        #expect(run("'héllo'[1]; 'x😀y'[3]; 'abc'[-1]").output == "é\ny\nc\n")
        // Indexing each position of a surrogate pair rebuilds it when joined.
        #expect(run("$s = 'a😀b'; $r = ''; for ($i = 0; $i -lt $s.Length; $i++) { $r += $s[$i] }; $r").output == "a😀b\n")
    }
}

@Suite struct ClosureTests {
    @Test func closuresKeepTheirVariablesEverywhereTheyRun() {
        let script = """
            $limit = 2
            $above = { $_ -gt $limit }.GetNewClosure()
            $limit = 0
            (1..3 | Where-Object $above) -join ','
            $sum = 0
            1..3 | ForEach-Object { $sum += $_ }.GetNewClosure()
            $sum
            function New-Counter { $count = 0; { $script:count++; $script:count }.GetNewClosure() }
            $first = New-Counter
            $second = New-Counter
            & $first; & $first; & $second
            "outside: [$count]"
            """
        #expect(run(script).output == "3\n0\n1\n2\n1\noutside: []\n")
    }
}
