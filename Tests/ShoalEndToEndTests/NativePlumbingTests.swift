// Bytes, streaming and closed pipes between shoal and native programs:
// the real binary, real programs, and the bytes checked byte for byte.

import Foundation
import ShoalTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A scratch directory holding a file whose every byte matters: all 256
/// values, CR LF pairs, invalid UTF-8 and no final newline.
struct ByteFixture {
    let directory: URL
    let data: Data

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("shoal-bytes-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var bytes: [UInt8] = []
        for round in 0..<600 {
            bytes += (0...255).map { UInt8(($0 + round) % 256) }
            bytes += Array("line \(round)\r\n".utf8) + [0xC3, 0x28, 0xFF, 0x0D]
        }
        bytes += Array("no final newline".utf8)
        data = Data(bytes)
        try data.write(to: directory.appendingPathComponent("source.bin"))
    }

    func contents(_ name: String) -> Data? { try? Data(contentsOf: directory.appendingPathComponent(name)) }

    func remove() { try? FileManager.default.removeItem(at: directory) }
}

@Suite("Native programs: bytes and pipes")
struct NativePlumbingTests {
    @Test func nativeToNativePipesKeepEveryByte() throws {
        let fixture = try ByteFixture()
        defer { fixture.remove() }
        let result = try runShoal(["-c", """
            cat source.bin | cat > piped.bin
            gzip -c source.bin | gunzip > gunzipped.bin
            cat source.bin | cat | cat | cat > chained.bin
            """], directory: fixture.directory)
        #expect(result.stderr == "")
        #expect(result.status == 0)
        #expect(fixture.contents("piped.bin") == fixture.data)
        #expect(fixture.contents("gunzipped.bin") == fixture.data)
        #expect(fixture.contents("chained.bin") == fixture.data)
    }

    @Test func redirectionOfANativeProgramWritesItsBytes() throws {
        let fixture = try ByteFixture()
        defer { fixture.remove() }
        let result = try runShoal(["-c", """
            head -c 1000 source.bin > head.bin
            cat source.bin > twice.bin
            cat source.bin >> twice.bin
            cat source.bin 1> one.bin
            ls /no/such/path 2> err.txt
            """], directory: fixture.directory)
        #expect(result.stderr == "")
        #expect(fixture.contents("head.bin") == fixture.data.prefix(1000))
        #expect(fixture.contents("twice.bin") == fixture.data + fixture.data)
        #expect(fixture.contents("one.bin") == fixture.data)
        let error = String(decoding: fixture.contents("err.txt") ?? Data(), as: UTF8.self)
        #expect(error.contains("/no/such/path"))
    }

    @Test func noNewlineIsAddedAndCarriageReturnsStay() throws {
        let result = try runShoal(["-c", "printf 'no newline' | wc -c; printf 'a\\r\\nb' | od -An -tx1"])
        #expect(result.stdout == "10\n 61 0d 0a 62\n")
    }

    @Test func commandOutputIsStreamedIntoAProgramAndBackAsLines() throws {
        let result = try runShoal(["-c", """
            $lines = 1..50000 | ForEach-Object { "row $_" } | grep 'row 4999' | sort -r
            $lines.Count; $lines[0]
            $text = printf 'a\\r\\nb\\nc'
            $text.Count; $text[0].Length
            """])
        #expect(result.stdout == "11\nrow 49999\n3\n1\n")
    }

    /// A program that writes as much as it reads cannot deadlock the pipeline.
    @Test func largeInputAndOutputAtOnceDoNotDeadlock() throws {
        let result = try runShoal(["-c", "(1..300000 | cat | Measure-Object).Count"], timeout: 60)
        #expect(!result.timedOut)
        #expect(result.stdout == "300000\n")
    }

    @Test func outputReachesAPipeWhileTheScriptRuns() throws {
        let arrivals = try timedLines(["-c", "1..3 | ForEach-Object { $_; Start-Sleep -Milliseconds 700 }"])
        #expect(arrivals.map(\.line) == ["1", "2", "3"])
        // The first line arrives long before the script ends (at ~2.1 s).
        #expect(arrivals[0].seconds < 1.2)
        #expect(arrivals[2].seconds - arrivals[0].seconds > 1.0)
    }

    /// Output is flushed within ~50 ms even while the script computes without waiting.
    @Test func outputIsFlushedWhileTheScriptComputes() throws {
        let arrivals = try timedLines(["-c", "'first'; $end = (Get-Date).AddSeconds(2); while ((Get-Date) -lt $end) { $null = 1 }; 'last'"])
        #expect(arrivals.map(\.line) == ["first", "last"])
        #expect(arrivals[1].seconds - arrivals[0].seconds > 1.2)
    }

    @Test func aReaderThatLeavesEndsTheScriptQuietly() throws {
        let started = Date()
        let result = try runBash("'\(EndToEnd.shoal)' -c 'while ($true) { \"y\" }' 2>stderr.txt | head -1; echo \"status ${PIPESTATUS[0]}\"; cat stderr.txt")
        #expect(result.stdout == "y\nstatus 141\n")
        #expect(Date().timeIntervalSince(started) < 10)
        let counted = try runBash("'\(EndToEnd.shoal)' -c '1..10000000' | head -1")
        #expect(counted.stdout == "1\n")
    }

    @Test func aKilledJobWorkerDoesNotKillTheShell() throws {
        let result = try runShoal(["-c", """
            $null = Start-Job { 1 } | Receive-Job -Wait
            $workers = pgrep -P $PID -f -- '--job-worker'
            foreach ($worker in $workers) { kill -9 $worker }
            Start-Sleep -Milliseconds 200
            $job = Start-Job { 2 }
            $null = Wait-Job $job
            'still here'
            """], timeout: 60)
        #expect(result.stdout.hasSuffix("still here\n"))
        #expect(result.status == 0)
    }

    /// Runs a bash command line in a scratch directory.
    func runBash(_ command: String) throws -> RunResult {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("shoal-bash-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw ChildProcess.SpawnError(description: "pipe") }
        let process = try ChildProcess("/bin/bash", ["-c", command], directory: directory.path, standardOutput: ends[1])
        close(ends[1])
        let data = FileHandle(fileDescriptor: ends[0], closeOnDealloc: true).readDataToEndOfFile()
        let status = process.wait() ?? -1
        return RunResult(stdout: String(decoding: data, as: UTF8.self), stderr: "", status: status, timedOut: false)
    }

    /// Runs shoal with its standard output on a pipe and notes when each line arrives.
    func timedLines(_ arguments: [String]) throws -> [(line: String, seconds: Double)] {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw ChildProcess.SpawnError(description: "pipe") }
        let started = Date()
        let process = try ChildProcess(EndToEnd.shoal, arguments, standardOutput: ends[1])
        close(ends[1])
        let handle = FileHandle(fileDescriptor: ends[0], closeOnDealloc: true)
        var arrivals: [(String, Double)] = []
        var pending = Data()
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            pending.append(chunk)
            while let newline = pending.firstIndex(of: 10) {
                arrivals.append((String(decoding: pending[pending.startIndex..<newline], as: UTF8.self),
                                 Date().timeIntervalSince(started)))
                pending = Data(pending[(newline + 1)...])
            }
        }
        _ = process.wait()
        return arrivals
    }
}
