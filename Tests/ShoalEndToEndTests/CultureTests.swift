// The current culture comes from the locale environment: en-US for an
// English (US) locale, the invariant culture for C and POSIX. Other names
// are refused clearly rather than answered with wrong data.

import Foundation
import Testing

@Suite struct CultureTests {
    static let script = """
        (Get-Culture).Name; $PSCulture; (Get-UICulture).LCID
        [cultureinfo]::CurrentCulture.DateTimeFormat.ShortDatePattern
        """

    @Test func aUSEnglishLocaleGivesEnUS() throws {
        for locale in ["en_US.UTF-8", "en_US"] {
            let result = try runShoal(["-c", CultureTests.script], environment: ["LC_ALL": "", "LANG": locale])
            #expect(result.stdout == "en-US\nen-US\n1033\nM/d/yyyy\n", "\(locale): \(result.stderr)")
        }
        // LC_ALL wins over LANG.
        let result = try runShoal(["-c", "$PSCulture"], environment: ["LC_ALL": "en_US.UTF-8", "LANG": "C"])
        #expect(result.stdout == "en-US\n")
    }

    @Test func theCLocaleGivesTheInvariantCulture() throws {
        let result = try runShoal(["-c", CultureTests.script], environment: ["LC_ALL": "", "LANG": "C.UTF-8"])
        #expect(result.stdout == "\n\n127\nMM/dd/yyyy\n", "\(result.stderr)")
    }

    @Test func culturesByNameAndTheirFormats() throws {
        let result = try runShoal(["-c", """
            ([cultureinfo]'en-US').DisplayName
            [cultureinfo]::InvariantCulture.DisplayName
            [System.Globalization.CultureInfo]::GetCultureInfo('en-US').DateTimeFormat.AbbreviatedMonthNames[3]
            [cultureinfo]::InvariantCulture.DateTimeFormat.MonthNames.Count
            (Get-Culture -Name en-US).NumberFormat.CurrencySymbol
            (Get-Culture -ListAvailable).LCID -join ','
            Get-Culture -Name en-US | Format-Table -HideTableHeaders | Out-String -Stream | Where-Object { $_ }
            try { [cultureinfo]'de-DE' } catch { $_.FullyQualifiedErrorId }
            Get-Culture -Name de-DE
            """])
        #expect(result.stdout == """
            English (United States)
            Invariant Language (Invariant Country)
            Apr
            13
            $
            127,1033
            1033             en-US            English (United States)
            InvalidCastConstructorException

            """)
        #expect(result.stderr.contains("Get-Culture: <command>:9:1"), "\(result.stderr)")
        #expect(result.stderr.contains("de-DE is an invalid culture identifier."), "\(result.stderr)")
    }
}
