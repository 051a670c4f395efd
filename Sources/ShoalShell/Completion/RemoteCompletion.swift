// Tab completion inside Enter-PSSession: commands, variables and paths
// come from the far side (asked over the session, never while a call runs
// there: then Tab offers nothing rather than wait); parameters and their
// values are the local catalog's, since both sides run shoal.

import ShoalJobs
import ShoalLineEditor
import ShoalRuntime

struct RemoteCompletion {
    let session: RemoteSession
    let local: CompletionProvider

    func complete(_ request: CompletionRequest) -> CompletionResult {
        let context = CompletionContext(textBeforeCursor: request.textBeforeCursor)
        let word = context.word
        if case .member = context.kind { return CompletionResult(replaceCount: 0, candidates: []) }
        if context.kind == .variable {
            let names = session.query("(Get-Variable).Name") ?? []
            return result(word, names.map { CompletionCandidate("$" + $0, appendSpace: false) })
        }
        let isPath = word.contains("/") || word.hasPrefix(".") || word.hasPrefix("~")
        if context.isCommandPosition, !isPath {
            let names = session.query("(Get-Command).Name") ?? []
            return result(word, names.map { CompletionCandidate($0) })
        }
        if !context.isCommandPosition, let parameters = local.completeParameters(context) { return parameters }
        guard let location = session.query("$PWD.Path")?.first else { return CompletionResult(replaceCount: 0, candidates: []) }
        let files = FileCompletion(location: location) { directory in
            let quoted = "'" + directory.split(separator: "'", omittingEmptySubsequences: false).joined(separator: "''") + "'"
            let listing = session.query(
                "Get-ChildItem -Force -LiteralPath \(quoted) | ForEach-Object { if ($_.PSIsContainer) { 'd' + $_.Name } else { 'f' + $_.Name } }") ?? []
            return listing.filter { !$0.isEmpty }.map { (String($0.dropFirst()), $0.first == "d") }
        }
        return CompletionResult(replaceCount: word.unicodeScalars.count, candidates: files.candidates(for: word))
    }

    private func result(_ typed: String, _ candidates: [CompletionCandidate]) -> CompletionResult {
        let lower = typed.lowercased()
        var seen = Set<String>()
        let matching = candidates.filter { $0.text.lowercased().hasPrefix(lower) && seen.insert($0.text.lowercased()).inserted }
        return CompletionResult(replaceCount: typed.unicodeScalars.count, candidates: matching)
    }
}
