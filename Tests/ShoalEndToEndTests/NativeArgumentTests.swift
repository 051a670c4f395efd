// Arguments to native programs, built as pwsh 7.4 builds them on Linux;
// `printf '<%s>'` echoes each argv entry back. Expected values are pwsh's
// (its NativeCommandArguments tests and NativeCommandParameterBinder).

import Foundation
import Testing

@Suite("Native programs: arguments")
struct NativeArgumentTests {
    /// The argv entries shoal passes for `arguments`, as `<a><b>`.
    func argv(_ arguments: String, setup: String = "", in directory: URL = EndToEnd.scriptsDirectory,
              environment: [String: String] = [:]) throws -> String {
        let result = try runShoal(["-c", setup + "\nprintf '<%s>' " + arguments], directory: directory, environment: environment)
        #expect(result.stderr == "")
        return result.stdout
    }

    @Test func quotesInsideABarewordJoinIt() throws {
        #expect(try argv(#"a"b c"d a'b c'd"#) == "<ab cd><ab cd>")
        #expect(try argv(#"'a"b c"d' "x y""#) == #"<a"b c"d><x y>"#)
    }

    @Test func arrayLiteralsPassTheirSourceText() throws {
        #expect(try argv("1,2 a,b") == "<1,2><a,b>")
        #expect(try argv("1, 2") == "<1,><2>")
        #expect(try argv("1 , 2") == "<1><,><2>")
    }

    @Test func arraysInVariablesAreOneArgumentPerElement() throws {
        #expect(try argv("$a", setup: "$a = 'x', 'y z'") == "<x><y z>")
    }

    @Test func parametersWithAColon() throws {
        #expect(try argv("-F: x -F:x -F x") == "<-F:><x><-F:x><-F><x>")
        #expect(try argv("-foo:$a", setup: "$a = 1, 2") == "<-foo:1><-foo:2>")
        #expect(try argv("--long=value -- -x") == "<--long=value><--><-x>")
    }

    @Test func emptyAndNullArguments() throws {
        #expect(try argv("1 '' 2 $null 3") == "<1><><2><3>")
    }

    @Test func numbersKeepTheirText() throws {
        #expect(try argv("0x10 1.0 1kb -5") == "<0x10><1.0><1kb><-5>")
    }

    @Test func splattedTablesBecomeColonParameters() throws {
        #expect(try argv("@h @a", setup: "$h = [ordered]@{ name = 'x'; n = 1, 2 }; $a = 'p', 'q'") == "<-name:x><-n:1><-n:2><p><q>")
    }

    @Test func stopParsingPassesTheRestSplitAtSpaces() throws {
        // Not setenv: changing this process's environment races other tests starting processes.
        #expect(try argv(#"--% a "b c" %SHOAL_TEST_WORD% $x; done"#, environment: ["SHOAL_TEST_WORD": "expanded"])
                == #"<a><"b><c"><expanded><$x;><done>"#)
    }

    @Test func unquotedWildcardsAreExpanded() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("shoal-glob-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        for path in ["sub/c.txt", "b.txt", "A.txt", ".hidden.txt", "Dir.txt/d"] {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        }
        // Directories first, then files, by name ignoring case; hidden files skipped.
        #expect(try argv("*.txt", in: directory) == "<Dir.txt><A.txt><b.txt>")
        #expect(try argv("'*.txt' \"*.txt\" no*match */*.txt ./b*", in: directory) == "<*.txt><*.txt><no*match><sub/c.txt><b.txt>")
        #expect(try argv("\(directory.path)/b*", in: directory) == "<\(directory.path)/b.txt>")
        let home = try runShoal(["-c", "printf '<%s>' ~ ~/x '~'"], directory: directory)
        let homePath = ProcessInfo.processInfo.environment["HOME"] ?? "/"
        #expect(home.stdout == "<\(homePath)><\(homePath)/x><~>")
    }

    @Test func legacyStyleReparsesOneCommandLine() throws {
        let setup = "$PSNativeCommandArgumentPassing = 'Legacy'"
        #expect(try argv(#"'a"b c"d' 'a\"b c\"d' "x y" '' 1,2"#, setup: setup) == #"<ab cd><a"b c"d><x y><1,2>"#)
    }

    @Test func theStyleVariableTakesOnlyItsNames() throws {
        let result = try runShoal(["-c", "$PSNativeCommandArgumentPassing; $PSNativeCommandArgumentPassing = 0; $PSNativeCommandArgumentPassing; $PSNativeCommandArgumentPassing = 'nonsense'"])
        #expect(result.stdout == "Standard\nLegacy\n")
        #expect(result.stderr.contains("Unable to match the identifier name nonsense"))
    }
}
