// Every parameter a cmdlet reads (`context.flag("Force")`, `.value`,
// `.string`, `.has`, `.integer`, `.unbind`) is one it declares: a typo or
// a parameter dropped from the descriptor would otherwise read as "not
// given", silently. The test reads each registered cmdlet's source (its
// class and its extensions) and checks every such name against the
// cmdlet's binding plan.

import Foundation
import ShoalRuntime
import ShoalShell
import Testing

@Suite struct CmdletDeclarationTests {
    static let sourcesDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    /// Every Swift source file's text, by path.
    static func sources() throws -> [(path: String, text: String)] {
        let enumerator = FileManager.default.enumerator(at: sourcesDirectory, includingPropertiesForKeys: nil)
        var files: [(String, String)] = []
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            files.append((url.path, try String(contentsOf: url, encoding: .utf8)))
        }
        return files
    }

    /// The text of `typeName`'s class body and its extensions' bodies:
    /// from each `class T`/`extension T` to the next top-level declaration.
    static func code(of typeName: String, in files: [(path: String, text: String)]) -> String {
        var pieces: [String] = []
        let start = try! NSRegularExpression(pattern: "^(?:public |final |public final )*(?:class|extension) \(typeName)\\b",
                                             options: .anchorsMatchLines)
        let nextTopLevel = try! NSRegularExpression(
            pattern: "^(?:public |final |private |fileprivate )*(?:class|struct|enum|extension|protocol|func) ", options: .anchorsMatchLines)
        for file in files {
            let text = file.text as NSString
            for match in start.matches(in: file.text, range: NSRange(location: 0, length: text.length)) {
                let from = match.range.location + match.range.length
                let next = nextTopLevel.firstMatch(in: file.text, range: NSRange(location: from, length: text.length - from))
                let end = next?.range.location ?? text.length
                pieces.append(text.substring(with: NSRange(location: from, length: end - from)))
            }
        }
        return pieces.joined(separator: "\n")
    }

    @Test func everyParameterACmdletReadsIsDeclared() throws {
        let files = try Self.sources()
        let reads = try NSRegularExpression(pattern: #"context\.(?:value|has|string|flag|integer|unbind)\("([A-Za-z]+)""#)
        var undeclared: [String] = []
        var checkedCmdlets = 0, checkedReads = 0
        for cmdlet in Session.makeRegistry().allCmdlets {
            let typeName = String(describing: cmdlet.type)
            let code = Self.code(of: typeName, in: files)
            #expect(!code.isEmpty, "no source found for \(typeName)")
            checkedCmdlets += 1
            for match in reads.matches(in: code, range: NSRange(location: 0, length: (code as NSString).length)) {
                let name = (code as NSString).substring(with: match.range(at: 1))
                checkedReads += 1
                guard case .parameter(let index) = cmdlet.plan.match(name), !cmdlet.plan.isCommon(index),
                      cmdlet.plan.all[index].name.lowercased() == name.lowercased()
                else {
                    undeclared.append("\(cmdlet.descriptor.name) (\(typeName)) reads \"\(name)\"")
                    continue
                }
            }
        }
        #expect(undeclared.isEmpty, "\(undeclared.joined(separator: "\n"))")
        // The scan found the cmdlets and their reads (it is not vacuous).
        #expect(checkedCmdlets > 100 && checkedReads > 400, "\(checkedCmdlets) cmdlets, \(checkedReads) reads")
    }
}
