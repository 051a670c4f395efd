// Where the cursor is, as tab completion needs to know it: the word being
// typed, what the parser takes it for (a command's name, a parameter, an
// argument, a variable, a member, a type name), and the command it belongs
// to. The parser reads the text before the cursor (Parser.tokens(of:)), so
// quotes, escapes, comments, `$( )` and keywords count as they do when the
// line runs; an unfinished line just ends inside its last word.

import ShoalSyntax

struct CompletionContext: Equatable {
    enum Kind: Equatable {
        /// A command's name, or an empty place where one may start.
        case command
        case parameter
        /// An argument of a command, or a word the parser could not place.
        case argument
        case variable
        /// A member of the value `target` (source text, such as `$job` or `[math]`).
        case member(target: String, isStatic: Bool)
        case typeName
    }

    /// The word before the cursor, as typed (with any opening quote).
    let word: String
    let kind: Kind
    /// The element before the word in the same command, if any.
    let previousWord: String?
    /// The current command's name, if the word is not it.
    let commandName: String?

    var isCommandPosition: Bool { kind == .command }

    init(word: String, kind: Kind, previousWord: String? = nil, commandName: String? = nil) {
        self.word = word
        self.kind = kind
        self.previousWord = previousWord
        self.commandName = commandName
    }

    init(textBeforeCursor text: String) {
        let scalars = Array(text.unicodeScalars)
        let length = scalars.count
        func source(_ start: Int, _ end: Int) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[max(0, start)..<min(max(start, end), length)])
            return String(view)
        }
        let input = Parser.tokens(of: text)
        if let error = input.error, !error.isIncompleteInput, error.span.end < length {
            // The line is broken before the cursor: complete the last word as a path.
            let word = String(text.reversed().prefix { $0 != " " && $0 != "\t" }.reversed())
            self.init(word: word, kind: word.hasPrefix("$") ? .variable : .argument)
            return
        }
        let tokens = input.tokens
        // The word at the cursor: the latest-starting token that runs to it.
        let atCursor = tokens.indices.filter { tokens[$0].end(in: length) == length }
            .max { (tokens[$0].start, $0) < (tokens[$1].start, $1) }
        func commandText(_ index: Int?) -> String? {
            guard let index, tokens.indices.contains(index) else { return nil }
            return source(tokens[index].start, tokens[index].end(in: length))
        }
        func previousElement(of command: Int?, before start: Int) -> String? {
            guard let command else { return nil }
            return input.elements(ofCommand: command).last { $0.start < start && $0.kind != .commandName }
                .map { source($0.start, $0.end(in: length)) }
        }
        guard let index = atCursor, tokens[index].kind != .commandExpected else {
            // Nothing typed yet: a command may start here, or an argument of the open command.
            if atCursor != nil {
                self.init(word: "", kind: .command)
            } else {
                let command = input.commandOpenAtEnd
                self.init(word: "", kind: .argument, previousWord: previousElement(of: command, before: length),
                          commandName: commandText(command))
            }
            return
        }
        let token = tokens[index]
        let word = source(token.start, length)
        switch token.kind {
        case .commandName, .commandExpected:
            self.init(word: word, kind: .command)
        case .variable:
            self.init(word: word, kind: .variable)
        case .typeName:
            // In `[List[str` and `[Dictionary[string,in`, the name being typed.
            let inner = word.split(omittingEmptySubsequences: false) { $0 == "[" || $0 == "," }.last.map(String.init) ?? word
            self.init(word: String(inner.drop { $0 == " " }), kind: .typeName)
        case .member(let isStatic, let targetStart):
            var target = source(targetStart, token.start)
            while let last = target.last, last == "." || last == ":" || last == "?" || last == " " || last == "\t" {
                target.removeLast()
            }
            self.init(word: word, kind: .member(target: target, isStatic: isStatic))
        case .parameter, .argument:
            self.init(word: word, kind: token.kind == .parameter ? .parameter : .argument,
                      previousWord: previousElement(of: token.command, before: token.start),
                      commandName: commandText(token.command))
        }
    }
}
