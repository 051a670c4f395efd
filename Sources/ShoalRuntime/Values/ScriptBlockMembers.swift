// A script block's .NET members (`$sb.Invoke(1)`, `$sb.GetNewClosure()`,
// `$sb.File`), declared once for calls, Get-Member and completion.

/// A script block with the runspace its methods run it in.
public struct ScriptBlockTarget {
    public let block: ScriptBlock
    public let runspace: Runspace
}

/// The members of `System.Management.Automation.ScriptBlock` that shoal implements.
public enum ScriptBlockMembers {
    public static let table = MemberTable<ScriptBlockTarget>(
        methods: [
            MethodMember("GetNewClosure", ["scriptblock GetNewClosure()"]) { target, call in
                guard call.count == 0 else { throw call.noOverload() }
                return .scriptBlock(target.runspace.closure(of: target.block))
            },
            MethodMember("Invoke", ["System.Collections.ObjectModel.Collection[psobject] Invoke(Params System.Object[] args)"]) { target, call in
                .list(try run(target, call).items)
            },
            MethodMember("InvokeReturnAsIs", ["System.Object InvokeReturnAsIs(Params System.Object[] args)"]) { target, call in
                try run(target, call).result
            },
        ],
        properties: [
            // pwsh's Ast is the syntax tree; its text is what shoal's shows and converts to.
            PropertyMember("Ast", "System.Management.Automation.Language.Ast Ast {get;}") { target in .string(target.block.text) },
            PropertyMember("File", "string File {get;}") { target in .string(target.block.node.span.file.name) },
        ])

    private static func run(_ target: ScriptBlockTarget, _ call: MethodCall) throws -> CollectingSink {
        let sink = CollectingSink()
        try target.runspace.invokeBlock(target.block, dollarUnder: nil, arguments: call.arguments, output: sink, span: call.span)
        return sink
    }
}
