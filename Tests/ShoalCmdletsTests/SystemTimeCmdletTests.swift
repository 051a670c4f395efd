// Tests of the time and chance cmdlets: Get-Date, New-TimeSpan,
// Get-Random and Start-Sleep, with their binding and range errors.

import Testing
import ShoalTestSupport

@Suite struct SystemTimeCmdletTests {
    @Test func dateTimeStandardStringMethods() {
        let result = runScript("""
            $d = Get-Date -Year 2026 -Month 12 -Day 3 -Hour 14 -Minute 5 -Second 9
            $d.ToLongDateString() -eq $d.ToString('D')
            $d.ToShortDateString() -eq $d.ToString('d')
            $d.ToLongTimeString() -eq $d.ToString('T')
            $d.ToShortTimeString() -eq $d.ToString('t')
            $d.ToLongDateString() -match '2026'
            """)
        #expect(result.lines == ["True", "True", "True", "True", "True"], "\(result.errors)")
    }

    @Test func datesParseAsDotNetReadsThemInTheInvariantCulture() {
        let result = runScript("""
            foreach ($t in 'Jan 1, 2020', 'January 1 2020', '1 Jan 2020', 'Wednesday, January 1, 2020 10:05:03 PM', '2024-01-31',
                           '2024-01-31T10:00:00', '2024-01-31 10:00:00.0500000', '1/31/2024 10:00 PM', '1/31/2024 12:30 AM',
                           '12/25/99', '2020-02') {
                ([datetime]$t).ToString('yyyy-MM-dd HH:mm:ss.fffffff')
            }
            ([datetime]'10:30').ToString('HH:mm'); ([datetime]'10:30').Date -eq (Get-Date).Date; ([datetime]'Mar 5').Year -eq (Get-Date).Year
            foreach ($bad in 'Feb 30 2020', 'nonsense', '13/1/2020', '2020-01-01 25:00', 'Jan Feb 2020', '10:30 XM') {
                try { $null = [datetime]$bad; "accepted $bad" } catch { "refused" }
            }
            Get-Date -Date 'Jan 1, 2020' -Format 'yyyy-MM-dd'
            """)
        #expect(result.lines == ["2020-01-01 00:00:00.0000000", "2020-01-01 00:00:00.0000000", "2020-01-01 00:00:00.0000000",
                                 "2020-01-01 22:05:03.0000000", "2024-01-31 00:00:00.0000000", "2024-01-31 10:00:00.0000000",
                                 "2024-01-31 10:00:00.0500000", "2024-01-31 22:00:00.0000000", "2024-01-31 00:30:00.0000000",
                                 "1999-12-25 00:00:00.0000000", "2020-02-01 00:00:00.0000000", "10:30", "True", "True",
                                 "refused", "refused", "refused", "refused", "refused", "refused", "2020-01-01"], "\(result.errors)")
    }

    @Test func timeSpansTakeDotNetsStandardAndCustomFormats() {
        let result = runScript("""
            $ts = New-TimeSpan -Days 1 -Hours 3 -Minutes 7 -Seconds 5 -Milliseconds 250
            "{0:hh\\:mm}" -f $ts
            "{0:c}" -f $ts; "{0:g}" -f $ts; "{0:G}" -f $ts
            $ts.ToString('d\\.hh\\:mm\\:ss\\.fff'); $ts.ToString('%d'); $ts.ToString("hh' h 'mm"); "{0:dd}" -f $ts
            (New-TimeSpan -Seconds 90).ToString('g'); (New-TimeSpan -Seconds 90).ToString('mm\\:ss\\.FF')
            try { $ts.ToString('hh:mm') } catch { $_.Exception.Message }
            """)
        #expect(result.lines == ["03:07", "1.03:07:05.2500000", "1:3:07:05.25", "1:03:07:05.2500000", "1.03:07:05.250", "1",
                                 "03 h 07", "01", "0:01:30", "01:30.",
                                 "Exception calling \"ToString\" with \"1\" argument(s): \"Input string was not in a correct format.\""],
                "\(result.errors)")
    }

    let fixed = "Get-Date -Date '2024-03-05 14:07:09'"

    @Test func getDateFormatsWithDotNetAndUFormatPatterns() {
        #expect(runScript("\(fixed) -Format 'yyyy-MM-dd HH:mm:ss'").lines == ["2024-03-05 14:07:09"])
        #expect(runScript("\(fixed) -UFormat '%Y/%m/%d %H:%M:%S %j %a %b %e %V %u %w %U'").lines
                == ["2024/03/05 14:07:09 065 Tue Mar  5 10 2 2 09"])
        #expect(runScript("\(fixed) -Format FileDate").lines == ["20240305"])
    }

    @Test func getDateAdjustsFieldsAndSubtractsToTimeSpan() {
        #expect(runScript("(\(fixed) -Year 2020 -Month 2 -Day 29 -Hour 0 -Minute 0 -Second 0).ToString('s')").lines == ["2020-02-29T00:00:00"])
        #expect(runScript("((Get-Date) - (Get-Date).AddMinutes(-2)).GetType().Name").lines == ["TimeSpan"])
    }

    @Test func getDateRejectsFormatWithUFormatAndOutOfRangeFields() {
        let both = runScript("Get-Date -Format x -UFormat y; 'after'")
        #expect(both.errors.contains("Parameter set cannot be resolved using the specified named parameters."))
        #expect(both.lines == ["after"])
        #expect(runScript("Get-Date -Month 13").errors.contains("The 13 argument is greater than the maximum allowed range of 12."))
        #expect(runScript("Get-Date -Date notadate").errors.contains("Cannot bind parameter 'Date'."))
    }

    @Test func newTimeSpanFromPartsAndFromDates() {
        #expect(runScript("(New-TimeSpan -Days 1 -Hours 2).TotalHours").lines == ["26"])
        #expect(runScript("(New-TimeSpan -Start '2024-01-01' -End '2024-01-02 06:00').TotalHours").lines == ["30"])
        #expect(runScript("New-TimeSpan -Start '2024-01-01' -Days 1").errors.contains("Parameter set cannot be resolved"))
    }

    @Test func getRandomStaysInRangeWithTypesFollowingArguments() {
        let script = "$ok = $true; foreach ($i in 1..200) { $r = Get-Random -Minimum 3 -Maximum 6; if ($r -lt 3 -or $r -ge 6) { $ok = $false } }; $ok; (Get-Random -Maximum 10).GetType().Name; (Get-Random -Maximum 1.5).GetType().Name; (Get-Random -Minimum 10000000000 -Maximum 10000000002) -ge 10000000000"
        #expect(runScript(script).lines == ["True", "Int32", "Double", "True"])
    }

    @Test func getRandomSeedRepeatsTheSequence() {
        let script = "$a = Get-Random -SetSeed 7 -Maximum 1000 -Count 5; $b = Get-Random -SetSeed 7 -Maximum 1000 -Count 5; ($a -join ',') -eq ($b -join ','); $a.Count"
        #expect(runScript(script).lines == ["True", "5"])
    }

    @Test func getRandomPicksDistinctItemsAndShuffles() {
        #expect(runScript("(1..10 | Get-Random -Count 10 | Sort-Object) -join ','").lines == ["1,2,3,4,5,6,7,8,9,10"])
        #expect(runScript("(Get-Random -InputObject a,b,c -Shuffle | Sort-Object) -join ''").lines == ["abc"])
        #expect(runScript("(1..10 | Get-Random -Count 3 | Select-Object -Unique).Count").lines == ["3"])
    }

    @Test func getRandomErrors() {
        let equal = runScript("Get-Random -Minimum 5 -Maximum 5; 'next'")
        #expect(equal.errors.contains("The Minimum value (5) cannot be greater than or equal to the Maximum value (5)."))
        #expect(equal.lines == ["next"])
        #expect(runScript("Get-Random -Count 0").errors.contains("The 0 argument is less than the minimum allowed range of 1."))
        #expect(runScript("try { Get-Random -Min 2 -Max 1 } catch { $_.FullyQualifiedErrorId }").lines
                == ["MinGreaterThanOrEqualMax,Microsoft.PowerShell.Commands.GetRandomCommand"])
    }

    @Test func startSleepAcceptsFractionsMillisecondsAndDuration() {
        let script = "$t = Get-Date; Start-Sleep 0.15; Start-Sleep -Milliseconds 100; Start-Sleep -Duration 0:0:0.1; ((Get-Date) - $t).TotalMilliseconds -ge 340"
        #expect(runScript(script).lines == ["True"])
        #expect(runScript("Start-Sleep -Seconds abc").errors.contains("Cannot bind parameter 'Seconds'. Cannot convert value \"abc\" to type \"System.Double\"."))
        #expect(runScript("Start-Sleep -Seconds 1 -Milliseconds 5").errors.contains("Parameter set cannot be resolved"))
    }

    @Test func stopwatchMeasuresAndStops() {
        let script = """
            $sw = [System.Diagnostics.Stopwatch]::StartNew(); Start-Sleep -Milliseconds 120; $sw.Stop()
            $sw.IsRunning
            $sw.ElapsedMilliseconds -ge 100 -and $sw.Elapsed.TotalSeconds -lt 30
            $frozen = $sw.ElapsedTicks; Start-Sleep -Milliseconds 20; $sw.ElapsedTicks -eq $frozen
            $sw.Reset(); $sw.ElapsedMilliseconds
            (New-Object System.Diagnostics.Stopwatch).IsRunning
            [Diagnostics.Stopwatch]::Frequency
            """
        #expect(runScript(script).lines == ["False", "True", "True", "0", "False", "1000000000"])
    }

    @Test func displayHintChoosesWhatTheDateShows() {
        let result = runScript("""
            Get-Date -Date '2020-01-01 13:14:15' -DisplayHint Date | Out-String
            Get-Date -Date '2020-01-01 13:14:15' -DisplayHint Time | Out-String
            (Get-Date).DisplayHint
            $null -eq ([datetime]'2020-01-01').DisplayHint
            """)
        #expect(result.lines.filter { !$0.isEmpty } == ["Wednesday, January 1, 2020", "1:14:15 PM", "DateTime", "True"], "\(result.errors)")
    }
}
