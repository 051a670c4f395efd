// The words of a line as the parser read them, for tab completion. The
// parser decides what a word is (a command's name, a parameter, an
// argument, a variable, a member, a type name) from where it stands, so
// completion asks the parser instead of guessing from characters. An
// unfinished line is the usual case: the parser stops at the end of it, and
// the word it was reading then is left open.

/// A word of the input and what the parser took it for.
public struct SyntaxToken: Equatable, Sendable {
    public enum Kind: Equatable, Sendable {
        /// A command's name (`Get-Job`, `./run.sh`, or what `&` calls).
        case commandName
        /// `-Name` in a command.
        case parameter
        /// A whole argument of a command, whatever it holds.
        case argument
        /// `$name`, `$env:HOME`, `${any name}`.
        case variable
        /// A member's name after `.` or `::`; `targetStart` is where the
        /// value it is read from starts.
        case member(isStatic: Bool, targetStart: Int)
        /// The name inside `[ ]`.
        case typeName
        /// An empty place where a command may start (after `|`, `;`, `(`,
        /// `{` or at the start of the input).
        case commandExpected
    }

    public let kind: Kind
    /// Offsets in the input's Unicode scalars.
    public let start: Int
    /// Where the word ends; nil when the input ended inside it.
    public internal(set) var end: Int?
    /// The index, in the same token list, of the `commandName` token of the
    /// command this word belongs to (a command name's is its own).
    public internal(set) var command: Int?

    /// Where the word ends, the end of the input if it ran to there.
    public func end(in length: Int) -> Int { end ?? length }
}

/// What `Parser.tokens(of:)` read.
public struct TokenizedInput: Sendable {
    /// In the order the parser started reading them; an argument's token
    /// comes before the tokens inside it.
    public let tokens: [SyntaxToken]
    /// The syntax error that ended the parse, if any (an unfinished line
    /// ends with one).
    public let error: ParseError?
    /// The command whose arguments ran to the end of the input (an index
    /// into `tokens`): the command a word typed there would belong to.
    public let commandOpenAtEnd: Int?

    /// The elements of the command whose name is at `index` (its name,
    /// parameters and arguments, in order).
    public func elements(ofCommand index: Int) -> [SyntaxToken] {
        tokens.filter { token in
            token.command == index && (token.kind == .commandName || token.kind == .parameter || token.kind == .argument)
        }
    }
}

/// The recording state of a parser that keeps its tokens.
struct TokenRecorder {
    var tokens: [SyntaxToken] = []
    var currentCommand: Int?
    var commandOpenAtEnd: Int?
}

extension Parser {
    /// The tokens of `text`, read by the parser; the parse may fail (the
    /// line is unfinished) and the tokens up to there are still returned.
    public static func tokens(of text: String) -> TokenizedInput {
        var parser = Parser(file: SourceFile(name: "<completion>", text: text))
        parser.recorder = TokenRecorder()
        var failure: ParseError?
        do { _ = try parser.parseScriptBody() } catch { failure = error }
        let recorder = parser.recorder ?? TokenRecorder()
        return TokenizedInput(tokens: recorder.tokens, error: failure, commandOpenAtEnd: recorder.commandOpenAtEnd)
    }

    /// Starts a token at `start` that runs to the end of the input until
    /// `closeToken` ends it; its index, or nil when not recording.
    @discardableResult
    mutating func openToken(_ kind: SyntaxToken.Kind, at start: Int) -> Int? {
        guard recorder != nil else { return nil }
        let index = recorder!.tokens.count
        let command = kind == .commandName ? index : recorder!.currentCommand
        recorder!.tokens.append(SyntaxToken(kind: kind, start: start, end: nil, command: command))
        return index
    }

    /// Ends the token at `index` here.
    mutating func closeToken(_ index: Int?) {
        guard let index else { return }
        recorder?.tokens[index].end = position
    }

    /// How many tokens there are, to forget those of an attempt the parser
    /// gives up (`forgetTokens(after:)`).
    var tokenCount: Int { recorder?.tokens.count ?? 0 }

    mutating func forgetTokens(after count: Int) {
        guard recorder != nil, recorder!.tokens.count > count else { return }
        recorder!.tokens.removeSubrange(count...)
    }

    /// Records that a command may start here when the input ends here.
    mutating func noteCommandExpectedAtEnd() {
        guard recorder != nil, position >= chars.count else { return }
        recorder!.tokens.append(SyntaxToken(kind: .commandExpected, start: position, end: position, command: nil))
    }

    /// Runs `body` with `command` as the command the tokens it records belong to.
    mutating func inCommand<T>(_ command: Int?, _ body: (inout Parser) throws(ParseError) -> T) throws(ParseError) -> T {
        guard recorder != nil else { return try body(&self) }
        let saved = recorder!.currentCommand
        recorder!.currentCommand = command
        defer { recorder!.currentCommand = saved }
        return try body(&self)
    }

    /// Records that `command`'s arguments reached the end of the input.
    mutating func noteCommandOpenAtEnd(_ command: Int?) {
        guard recorder != nil, position >= chars.count, recorder!.commandOpenAtEnd == nil else { return }
        recorder!.commandOpenAtEnd = command
    }
}
