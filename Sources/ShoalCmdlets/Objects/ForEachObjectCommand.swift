// ForEach-Object: runs script blocks per pipeline object (in the caller's
// scope, as PowerShell does), or reads a member (`ForEach-Object Name`).
// `-Parallel` is added by the jobs module.

import ShoalRuntime

public final class ForEachObjectCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "ForEach-Object", synopsis: "Performs an operation against each item in a collection of input objects.",
        parameters: [
            // Script blocks, or (the member form) a property or method name.
            ParameterDescriptor("Process", position: 0, remainingArguments: true),
            ParameterDescriptor("Begin", type: "scriptblock"),
            ParameterDescriptor("End", type: "scriptblock"),
            ParameterDescriptor("MemberName", type: "string"),
            ParameterDescriptor("InputObject", pipeline: true),
            ParameterDescriptor("ArgumentList", type: "object[]", aliases: ["Args"]),
        ])
    public init() {}

    var processBlocks: [ScriptBlock] = []
    var memberName: String?

    public func begin(_ context: CmdletContext) throws {
        if let member = context.string("MemberName") { memberName = member }
        if let process = context.value("Process") {
            for item in process.enumeratedItems {
                if case .scriptBlock(let block) = item { processBlocks.append(block) }
                else if processBlocks.isEmpty { memberName = Conversion.toString(item) }
            }
        }
        if case .scriptBlock(let block)? = context.value("Begin") {
            try context.runspace.invokeBlockInCurrentScope(block, dollarUnder: nil, output: context.output)
        }
    }

    public func process(_ context: CmdletContext) throws {
        let item = context.hasPipelineInput ? context.inputObject : context.value("InputObject")
        guard context.hasPipelineInput || item != nil else { return }
        if let memberName {
            guard let item else { return }
            let arguments = context.value("ArgumentList")?.enumeratedItems ?? []
            if case .null = context.runspace.memberValue(item, memberName), !arguments.isEmpty || isMethod(item, memberName) {
                if let result = try context.runspace.invokeMethod(item, memberName, arguments, span: context.span!) {
                    try context.writeEnumerated(result)
                }
                return
            }
            try context.writeEnumerated(context.runspace.memberValue(item, memberName))
            return
        }
        for block in processBlocks {
            try context.runspace.invokeBlockInCurrentScope(block, dollarUnder: item ?? .null, output: context.output)
        }
    }

    func isMethod(_ item: Value, _ name: String) -> Bool {
        ["toupper", "tolower", "trim", "tostring", "gettype"].contains(name.lowercased())
    }

    public func end(_ context: CmdletContext) throws {
        if case .scriptBlock(let block)? = context.value("End") {
            try context.runspace.invokeBlockInCurrentScope(block, dollarUnder: nil, output: context.output)
        }
    }
}
