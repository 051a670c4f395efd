// Tab completion between libedit and the shell: the request the hook gets,
// the candidates it answers with, and what Tab does with them (insert the
// only candidate, or the longest common prefix, or on a second Tab list
// them all; a Tab that inserted a prefix and left several is a first Tab).
// Matching rules (case, word boundaries) are the hook's business.

import CEditLine
import Glibc

/// The line around the cursor when Tab is pressed.
public struct CompletionRequest: Sendable {
    public let textBeforeCursor: String
    public let textAfterCursor: String
    public init(textBeforeCursor: String, textAfterCursor: String = "") {
        self.textBeforeCursor = textBeforeCursor
        self.textAfterCursor = textAfterCursor
    }
}

/// One thing Tab could insert.
public struct CompletionCandidate: Equatable, Sendable {
    /// Replaces the end of the text before the cursor.
    public let text: String
    /// How the candidate appears in the list.
    public let display: String
    /// Whether a space follows it when it is the only candidate.
    public let appendSpace: Bool
    public init(_ text: String, display: String? = nil, appendSpace: Bool = true) {
        self.text = text
        self.display = display ?? text
        self.appendSpace = appendSpace
    }
}

/// The hook's answer: replace the last `replaceCount` Unicode scalars
/// before the cursor with one of the candidates.
public struct CompletionResult: Sendable {
    public let replaceCount: Int
    public let candidates: [CompletionCandidate]
    public init(replaceCount: Int, candidates: [CompletionCandidate]) {
        self.replaceCount = replaceCount
        self.candidates = candidates
    }
    public static let none = CompletionResult(replaceCount: 0, candidates: [])

    /// The longest prefix all texts share, ignoring case; the first text's
    /// spelling is kept.
    public static func commonPrefix(_ texts: [String]) -> String {
        guard var prefix = texts.first.map({ Array($0.unicodeScalars) }) else { return "" }
        for text in texts.dropFirst() {
            let other = Array(text.unicodeScalars)
            var length = 0
            while length < min(prefix.count, other.count),
                  String(prefix[length]).lowercased() == String(other[length]).lowercased() {
                length += 1
            }
            prefix.removeSubrange(length...)
        }
        var result = ""
        result.unicodeScalars.append(contentsOf: prefix)
        return result
    }

    /// What Tab should do with this result, given the word typed so far.
    public func action(typed: String, secondTab: Bool) -> CompletionAction {
        if candidates.isEmpty { return .beep }
        if candidates.count == 1 {
            let only = candidates[0]
            return .insert(only.text + (only.appendSpace ? " " : ""))
        }
        let prefix = CompletionResult.commonPrefix(candidates.map(\.text))
        if prefix.unicodeScalars.count > typed.unicodeScalars.count { return .insert(prefix) }
        return secondTab ? .list(candidates.map(\.display)) : .beep
    }
}

/// The effect of one Tab.
public enum CompletionAction: Equatable, Sendable {
    case beep
    case insert(String)
    case list([String])
}

extension LineEditor {
    /// The `shoal-complete` editor function bound to Tab.
    func complete() -> UInt8 {
        guard let completion, let info = el_line(el)?.pointee, let buffer = info.buffer else {
            return UInt8(CC_REFRESH_BEEP)
        }
        let raw = UnsafeRawPointer(buffer)
        let before = String(decoding: UnsafeRawBufferPointer(start: raw, count: info.cursor - buffer), as: UTF8.self)
        let after = String(decoding: UnsafeRawBufferPointer(start: UnsafeRawPointer(info.cursor),
                                                           count: info.lastchar - info.cursor), as: UTF8.self)
        let result = completion(CompletionRequest(textBeforeCursor: before, textAfterCursor: after))
        let count = min(result.replaceCount, before.unicodeScalars.count)
        var typed = ""
        typed.unicodeScalars.append(contentsOf: before.unicodeScalars.suffix(count))
        let secondTab = lastAmbiguousCompletion == before
        switch result.action(typed: typed, secondTab: secondTab) {
        case .beep:
            lastAmbiguousCompletion = result.candidates.isEmpty ? nil : before
            return UInt8(CC_REFRESH_BEEP)
        case .insert(let text):
            // A common prefix that leaves the word ambiguous counts as the
            // first Tab, as in readline: the next Tab lists the candidates.
            if result.candidates.count > 1 {
                var after = ""
                after.unicodeScalars.append(contentsOf: before.unicodeScalars.dropLast(count))
                lastAmbiguousCompletion = after + text
            } else {
                lastAmbiguousCompletion = nil
            }
            if count > 0 { el_deletestr(el, Int32(count)) }
            _ = el_insertstr(el, text)
            return UInt8(CC_REFRESH)
        case .list(let items):
            lastAmbiguousCompletion = nil
            showList(items)
            return UInt8(CC_NORM)
        }
    }
}
