// The `shoal` command line, parsed as pwsh parses its own: options are
// case-insensitive, may be shortened (`-c`, `-nop`), and everything after
// the script path belongs to the script. swift-argument-parser cannot
// express single-dash long options with prefix matching, so this small
// parser stands in for it.

public struct ShoalCommandLine: Equatable, Sendable {
    public enum Mode: Equatable, Sendable {
        case command(String)
        case file(path: String, arguments: [String])
        case standardInput
        case interactive
        case version
        case help
    }

    public var mode: Mode = .interactive
    public var noProfile = false
    public var nonInteractive = false

    /// Parses the arguments after the program name; throws a message for
    /// unknown options.
    public static func parse(_ arguments: [String], standardInputIsTerminal: Bool) throws(CommandLineError) -> ShoalCommandLine {
        var result = ShoalCommandLine()
        var index = 0
        var modeChosen = false
        func matches(_ word: String, _ option: String, minimum: Int) -> Bool {
            let lower = word.lowercased()
            return lower.count >= minimum && option.hasPrefix(lower)
        }
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if argument == "--version" || argument == "-v" || matches(argument, "-version", minimum: 4) {
                result.mode = .version
                return result
            }
            if argument == "--help" || argument == "-h" || argument == "-?" || argument == "/?" || matches(argument, "-help", minimum: 3) {
                result.mode = .help
                return result
            }
            if argument == "-" {
                result.mode = .standardInput
                modeChosen = true
                break
            }
            if argument.hasPrefix("-"), argument.count > 1 {
                if argument.lowercased() == "-c" || matches(argument, "-command", minimum: 3) {
                    guard index < arguments.count else { throw CommandLineError("Missing the text of the command after \(argument).") }
                    let text = arguments[index...].joined(separator: " ")
                    result.mode = text == "-" ? .standardInput : .command(text)
                    return result
                }
                if argument.lowercased() == "-f" || matches(argument, "-file", minimum: 3) {
                    guard index < arguments.count else { throw CommandLineError("Missing the path of the script after \(argument).") }
                    let path = arguments[index]
                    result.mode = path == "-" ? .standardInput : .file(path: path, arguments: Array(arguments[(index + 1)...]))
                    return result
                }
                if matches(argument, "-noprofile", minimum: 4) { result.noProfile = true; continue }
                if matches(argument, "-noninteractive", minimum: 5) { result.nonInteractive = true; continue }
                if matches(argument, "-nologo", minimum: 4) { continue }
                if matches(argument, "-executionpolicy", minimum: 3) || matches(argument, "-outputformat", minimum: 3)
                    || matches(argument, "-inputformat", minimum: 3) {
                    index += 1
                    continue
                }
                throw CommandLineError("Unknown option '\(argument)'. Run 'shoal --help' to see the options.")
            }
            result.mode = .file(path: argument, arguments: Array(arguments[index...]))
            return result
        }
        if !modeChosen { result.mode = standardInputIsTerminal ? .interactive : .standardInput }
        return result
    }

    public static let helpText = """
        Usage: shoal [options] [FILE [ARGUMENTS...]]

        A PowerShell-like shell for Linux with a job table at its heart.

          shoal                      interactive shell (commands from standard input when it is not a terminal)
          shoal FILE [ARGS...]       run a script; ARGS bind to its param() block
          shoal -File FILE [ARGS...] the same
          shoal -c 'COMMANDS'        run commands (also -Command); '-' reads them from standard input
          -NoProfile                 do not run the profile
          -NonInteractive            never prompt
          --version                  print the version
          --help                     print this help

        Exit status: the value given to 'exit', 1 after an unhandled error or a failing
        last command, otherwise 0.

        """
}

public struct CommandLineError: Error, Equatable {
    public let message: String
    public init(_ message: String) { self.message = message }
}
