// Where the cursor is, as tab completion needs to know it: the word being
// typed (quotes respected), whether it is in command position, and the
// command and previous word of the current pipeline element. A light scan
// of the text before the cursor, not a parse: the line is usually
// unfinished.

struct CompletionContext: Equatable {
    /// The word before the cursor, as typed (with any opening quote).
    let word: String
    /// The word before it in the same command, if any.
    let previousWord: String?
    /// The current command's name (its first word), if the word is not it.
    let commandName: String?
    let isCommandPosition: Bool
    /// The text just before the word is `[` (a type name is being typed).
    let afterOpenBracket: Bool

    /// Characters that end a command; a word after them is a command name.
    static let commandSeparators: Set<Character> = ["|", ";", "{", "(", "&", "="]
    static let wordSeparators: Set<Character> = [" ", "\t", "\n", "|", ";", "{", "}", "(", ")", "=", ",", "[", "&"]

    init(word: String, previousWord: String?, commandName: String?, isCommandPosition: Bool, afterOpenBracket: Bool) {
        self.word = word
        self.previousWord = previousWord
        self.commandName = commandName
        self.isCommandPosition = isCommandPosition
        self.afterOpenBracket = afterOpenBracket
    }

    init(textBeforeCursor text: String) {
        // Words of the current command, split at unquoted separators.
        var words: [String] = []
        var current = ""
        var quote: Character?
        var lastSeparator: Character?
        var separatorBeforeCurrent: Character?
        func finishWord() {
            if !current.isEmpty { words.append(current) }
            current = ""
        }
        for character in text {
            if let open = quote {
                current.append(character)
                if character == open { quote = nil }
                continue
            }
            if character == "'" || character == "\"" {
                if current.isEmpty { separatorBeforeCurrent = lastSeparator }
                current.append(character)
                quote = character
                continue
            }
            if CompletionContext.wordSeparators.contains(character) {
                finishWord()
                if CompletionContext.commandSeparators.contains(character) { words = [] }
                lastSeparator = character
                continue
            }
            if current.isEmpty { separatorBeforeCurrent = lastSeparator }
            current.append(character)
        }
        let hasWord = !current.isEmpty
        word = current
        if !hasWord { separatorBeforeCurrent = lastSeparator }
        previousWord = words.last
        commandName = words.first
        isCommandPosition = words.isEmpty && !current.hasPrefix("$") && !current.hasPrefix("[")
        afterOpenBracket = separatorBeforeCurrent == "["
    }
}
