// Syntax errors. A script with one runs nothing; the message matches
// PowerShell's wording and the span lets the shell print a caret.

/// A syntax error at a place in a script.
public struct ParseError: Error, Sendable, CustomStringConvertible {
    public let message: String
    /// PowerShell's error id, such as `MissingEndCurlyBrace`.
    public let errorId: String
    public let span: SourceSpan
    /// True when the input simply stopped early (an open brace or string):
    /// the REPL continues such input on a `>> ` line.
    public let isIncompleteInput: Bool

    public init(_ message: String, id: String, span: SourceSpan, incomplete: Bool = false) {
        self.message = message
        self.errorId = id
        self.span = span
        self.isIncompleteInput = incomplete
    }

    /// The full report: position, message, the line and a caret.
    public var description: String {
        "ParserError: \(span.positionText)\n\(span.caretDisplay)\n\(message)"
    }
}
