// What one Tab does with the hook's candidates, without a terminal.

import ShoalLineEditor
import Testing

@Suite struct CompletionActionTests {
    @Test func commonPrefixIgnoresCase() {
        #expect(CompletionResult.commonPrefix(["Get-ChildItem", "get-command", "Get-Content"]) == "Get-C")
        #expect(CompletionResult.commonPrefix(["-ThrottleLimit"]) == "-ThrottleLimit")
        #expect(CompletionResult.commonPrefix([]) == "")
    }

    @Test func oneCandidateIsInsertedWithASpace() {
        let result = CompletionResult(replaceCount: 3, candidates: [CompletionCandidate("-ThrottleLimit")])
        #expect(result.action(typed: "-Th", secondTab: false) == .insert("-ThrottleLimit "))
        let directory = CompletionResult(replaceCount: 2, candidates: [CompletionCandidate("src/", appendSpace: false)])
        #expect(directory.action(typed: "sr", secondTab: false) == .insert("src/"))
    }

    @Test func ambiguousCandidatesExtendThenList() {
        let result = CompletionResult(replaceCount: 2, candidates: [CompletionCandidate("Get-Job"), CompletionCandidate("Get-Date")])
        #expect(result.action(typed: "Ge", secondTab: false) == .insert("Get-"))
        #expect(result.action(typed: "Get-", secondTab: false) == .beep)
        #expect(result.action(typed: "Get-", secondTab: true) == .list(["Get-Job", "Get-Date"]))
        #expect(CompletionResult.none.action(typed: "x", secondTab: true) == .beep)
    }
}
