// [TimeZoneInfo] and [TimeZone] follow TZ (or /etc/localtime): names,
// standard offset and the offset in force on a given date.

import Foundation
import Testing

@Suite struct TimeZoneTests {
    @Test func theLocalZoneAndItsOffsetsFollowTZ() throws {
        let result = try runShoal(["-c", """
            [TimeZoneInfo]::Local.Id
            [TimeZoneInfo]::Local.DisplayName
            [TimeZoneInfo]::Local.StandardName, [TimeZoneInfo]::Local.DaylightName -join '/'
            [TimeZoneInfo]::Local.GetUtcOffset([datetime]'2024-01-15').TotalHours
            [TimeZoneInfo]::Local.GetUtcOffset([datetime]'2024-07-15').TotalHours
            [TimeZoneInfo]::Local.IsDaylightSavingTime([datetime]'2024-07-15')
            [TimeZone]::CurrentTimeZone.GetUtcOffset([datetime]'2024-01-15').Hours
            [TimeZoneInfo]::Utc.Id
            [TimeZoneInfo]::FindSystemTimeZoneById('UTC').BaseUtcOffset.ToString()
            try { [TimeZoneInfo]::FindSystemTimeZoneById('Mars/Olympus') } catch { $_.FullyQualifiedErrorId }
            """], environment: ["TZ": "Europe/Berlin"])
        #expect(result.stdout == """
            Europe/Berlin
            (UTC+01:00) Europe/Berlin
            CET/CEST
            1
            2
            True
            1
            UTC
            00:00:00
            TimeZoneNotFoundException

            """, "\(result.stderr)")
    }

    @Test func customNumberFormatSectionsAndLiterals() throws {
        let result = try runShoal(["-c", """
            [String]::Format('{0:+00;-00}', 5), [String]::Format('{0:+00;-00}', -3) -join ' '
            ('{0:0.0;(0.0);zero}' -f 0), ('{0:0.0;(0.0)}' -f -2.5), ('{0:0.00 EUR}' -f 3), ('{0:$#,##0}' -f 1234) -join ' '
            ('{0:#,##0.00}' -f 1234.5), ('{0:0%}' -f 0.25) -join ' '
            """])
        #expect(result.stdout == "+05 -03\nzero (2.5) 3.00 EUR $1,234\n1,234.50 25%\n", "\(result.stderr)")
    }
}
