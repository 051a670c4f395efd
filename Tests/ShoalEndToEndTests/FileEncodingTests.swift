// -Encoding and -AsByteStream on the content cmdlets, against files whose
// bytes the tests state (what pwsh 7.4 writes for each encoding).

import Foundation
import Testing

@Suite("File encodings")
struct FileEncodingTests {
    func scratch() throws -> URL {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("shoal-encoding-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return directory
    }

    func bytes(_ directory: URL, _ name: String) -> [UInt8] {
        Array((try? Data(contentsOf: directory.appendingPathComponent(name))) ?? Data())
    }

    @Test func setContentWritesEachEncodingsBytes() throws {
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try runShoal(["-c", """
            $text = 'hé€'
            foreach ($name in 'utf8', 'utf8BOM', 'utf8NoBOM', 'unicode', 'bigendianunicode', 'utf32', 'ascii', 'latin1', 'windows-1252') {
                Set-Content -Path "$name.txt" -Value $text -Encoding $name
            }
            Set-Content -Path 'cp1200.txt' -Value $text -Encoding 1200
            Out-File -FilePath out16.txt -InputObject 'a' -Encoding unicode
            """], directory: directory)
        #expect(result.stderr == "")
        let e: [UInt8] = [0xE2, 0x82, 0xAC]
        #expect(bytes(directory, "utf8.txt") == [0x68, 0xC3, 0xA9] + e + [0x0A])
        #expect(bytes(directory, "utf8NoBOM.txt") == [0x68, 0xC3, 0xA9] + e + [0x0A])
        #expect(bytes(directory, "utf8BOM.txt") == [0xEF, 0xBB, 0xBF, 0x68, 0xC3, 0xA9] + e + [0x0A])
        #expect(bytes(directory, "unicode.txt") == [0xFF, 0xFE, 0x68, 0x00, 0xE9, 0x00, 0xAC, 0x20, 0x0A, 0x00])
        #expect(bytes(directory, "cp1200.txt") == bytes(directory, "unicode.txt"))
        #expect(bytes(directory, "bigendianunicode.txt") == [0xFE, 0xFF, 0x00, 0x68, 0x00, 0xE9, 0x20, 0xAC, 0x00, 0x0A])
        #expect(bytes(directory, "utf32.txt") == [0xFF, 0xFE, 0, 0, 0x68, 0, 0, 0, 0xE9, 0, 0, 0, 0xAC, 0x20, 0, 0, 0x0A, 0, 0, 0])
        #expect(bytes(directory, "ascii.txt") == [0x68, 0x3F, 0x3F, 0x0A])
        #expect(bytes(directory, "latin1.txt") == [0x68, 0xE9, 0x3F, 0x0A])
        #expect(bytes(directory, "windows-1252.txt") == [0x68, 0xE9, 0x80, 0x0A])
        #expect(bytes(directory, "out16.txt") == [0xFF, 0xFE, 0x61, 0x00, 0x0A, 0x00])
    }

    @Test func appendingNeverPutsAByteOrderMarkInTheMiddle() throws {
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        _ = try runShoal(["-c", "Add-Content a.txt 'x' -Encoding utf8BOM; Add-Content a.txt 'y' -Encoding utf8BOM"], directory: directory)
        #expect(bytes(directory, "a.txt") == [0xEF, 0xBB, 0xBF, 0x78, 0x0A, 0x79, 0x0A])
    }

    @Test func readingHonoursAByteOrderMarkAndTheEncodingAskedFor() throws {
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data([0xFF, 0xFE, 0x68, 0x00, 0xE9, 0x00, 0x0A, 0x00, 0x6F, 0x00, 0x6B, 0x00]).write(to: directory.appendingPathComponent("bom16.txt"))
        try Data([0x68, 0xE9, 0x80]).write(to: directory.appendingPathComponent("cp1252.txt"))
        try Data([0xEF, 0xBB, 0xBF, 0x61]).write(to: directory.appendingPathComponent("bom8.txt"))
        let result = try runShoal(["-c", """
            Get-Content bom16.txt
            Get-Content cp1252.txt -Encoding windows-1252
            Get-Content cp1252.txt -Encoding latin1 | ForEach-Object { [int][char]$_[2] }
            (Get-Content bom8.txt -Raw).Length
            """], directory: directory)
        #expect(result.stdout == "hé\nok\nhé€\n128\n1\n")
        #expect(result.stderr == "")
    }

    @Test func asByteStreamRoundTripsEveryByte() throws {
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try runShoal(["-c", """
            Set-Content -Path all.bin -AsByteStream -Value (0..255)
            Add-Content -Path all.bin -AsByteStream -Value 13, 10
            $bytes = Get-Content all.bin -AsByteStream
            $bytes.Count; $bytes[255]; $bytes[-2]
            (Get-Content all.bin -AsByteStream -Raw).Count
            (Get-Content all.bin -AsByteStream -TotalCount 3) -join ','
            Set-Content -Path x.bin -AsByteStream -Value 1 -Encoding unicode
            """], directory: directory)
        #expect(result.stdout == "258\n255\n13\n258\n0,1,2\n")
        #expect(result.stderr.contains("Encoding not used when '-AsByteStream' specified."))
        #expect(bytes(directory, "all.bin") == (0...255).map { UInt8($0) } + [13, 10])
        #expect(bytes(directory, "x.bin") == [1])
    }

    /// pwsh's other names: `ansi` (windows-1252 in the invariant culture),
    /// `string` (UTF-16LE), and the obsolete `utf7`, which warns.
    @Test func legacyNamesAndUTF7() throws {
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try runShoal(["-c", """
            Set-Content -Path ansi.txt -Value 'é€' -Encoding ANSI
            Set-Content -Path string.txt -Value 'x' -Encoding String
            Set-Content -Path utf7.txt -Value 'Hi Mom -☺-! a+b é' -Encoding UTF7
            Get-Content -Path utf7.txt -Encoding utf7
            """], directory: directory)
        #expect(bytes(directory, "ansi.txt") == [0xE9, 0x80, 0x0A])
        #expect(bytes(directory, "string.txt") == [0xFF, 0xFE, 0x78, 0x00, 0x0A, 0x00])
        #expect(bytes(directory, "utf7.txt") == Array("Hi Mom -+Jjo--+ACE- a+-b +AOk-\n".utf8))
        #expect(result.stdout == "Hi Mom -☺-! a+b é\n")
        #expect(result.stderr == "WARNING: Encoding 'UTF-7' is obsolete, please use UTF-8.\nWARNING: Encoding 'UTF-7' is obsolete, please use UTF-8.\n")
    }

    @Test func anUnknownEncodingIsAParameterError() throws {
        let directory = try scratch()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try runShoal(["-c", "Set-Content x.txt 'a' -Encoding klingon; Get-Content nothing.txt -Encoding klingon; 'goes on'"],
                                  directory: directory)
        #expect(result.stderr.contains("Cannot process argument transformation on parameter 'Encoding'. 'klingon' is not a supported encoding name."))
        #expect(result.stdout == "goes on\n")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("x.txt").path))
    }
}
