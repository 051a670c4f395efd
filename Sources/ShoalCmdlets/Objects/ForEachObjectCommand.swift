// ForEach-Object: runs script blocks per pipeline object in the caller's
// scope (as PowerShell does), with the positional shorthand
// `% {begin} {process} {end}`; or reads a property / calls a method on each
// object (`% Name`, `% ToUpper`, `% Substring 1`, `-MemberName Split
// -ArgumentList ','`). `-Parallel` is added by the jobs module.

import ShoalRuntime
import ShoalSyntax

public final class ForEachObjectCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "ForEach-Object", synopsis: "Performs an operation against each item in a collection of input objects.",
        parameters: [
            // Script blocks, or (the member form) a property or method name
            // followed by the method's arguments.
            ParameterDescriptor("Process", position: 0, remainingArguments: true,
                                help: "The script block run for each object ($_ is the object), or a property or method name."),
            ParameterDescriptor("Begin", type: "scriptblock", help: "A script block run once before the first object."),
            ParameterDescriptor("End", type: "scriptblock", help: "A script block run once after the last object."),
            ParameterDescriptor("RemainingScripts", type: "scriptblock[]", help: "More script blocks: with -Process, the end block."),
            ParameterDescriptor("MemberName", type: "string", help: "The property to read, or the method to call, on each object."),
            ParameterDescriptor("InputObject", pipeline: true, help: "The objects to process (piped)."),
            ParameterDescriptor("ArgumentList", type: "object[]", aliases: ["Args"], help: "Arguments for the method -MemberName calls."),
        ],
        description: "Runs a script block for each piped object, with $_ holding the object; -Begin and -End run once around them. -MemberName calls a method or reads a property of each object. -Parallel runs the block for many objects at once, each in a runspace of its own (see Get-Help about_Jobs).",
        examples: [
            HelpExample("Transform each object",
                        code: "1..3 | ForEach-Object { $_ * 10 }",
                        output: "10\n20\n30\n"),
            HelpExample("Read a property of each object",
                        code: "'apple', 'kiwi' | ForEach-Object Length",
                        output: "5\n4\n",
                        remarks: "A name instead of a script block reads that property (or calls that method) of each object."),
            HelpExample("Run blocks in parallel",
                        code: "1..4 | ForEach-Object -Parallel { $_ * $_ } -ThrottleLimit 2 | Sort-Object",
                        output: "1\n4\n9\n16\n",
                        remarks: "Results arrive in the order the iterations finish; Sort-Object puts them back in order."),
        ])
    public init() {}

    var beginBlock: ScriptBlock?
    var processBlocks: [ScriptBlock] = []
    var endBlock: ScriptBlock?
    var memberName: String?
    var memberArguments: [Value] = []

    public func begin(_ context: CmdletContext) throws {
        if case .scriptBlock(let block)? = context.value("Begin") { beginBlock = block }
        if case .scriptBlock(let block)? = context.value("End") { endBlock = block }
        memberArguments = context.value("ArgumentList")?.enumeratedItems ?? []
        if let member = context.string("MemberName") { memberName = member }
        let written = (context.value("Process")?.enumeratedItems ?? []) + (context.value("RemainingScripts")?.enumeratedItems ?? [])
        if let first = written.first, !isBlock(first) {
            // `% Substring 1 2`: the rest of the positional arguments go to the method.
            memberName = Conversion.toString(first)
            if !context.has("ArgumentList") { memberArguments = Array(written.dropFirst()) }
        } else {
            try assignBlocks(written, context)
        }
        if let beginBlock {
            try context.runspace.invokeBlockInCurrentScope(beginBlock, dollarUnder: nil, output: context.output)
        }
    }

    func isBlock(_ value: Value) -> Bool {
        if case .scriptBlock = value { return true }
        return false
    }

    /// Several positional blocks without -Begin/-End mean begin, process…,
    /// end (`% {b} {p}` is begin and process).
    func assignBlocks(_ written: [Value], _ context: CmdletContext) throws {
        var blocks: [ScriptBlock] = []
        for value in written {
            guard case .scriptBlock(let block) = value else {
                throw context.terminatingError("Cannot convert the \"\(Conversion.toString(value))\" value of type \"\(Conversion.fullTypeName(of: value))\" to type \"System.Management.Automation.ScriptBlock\".",
                                               id: "InvalidCastFromAnyTypeToScriptBlock", category: .invalidArgument,
                                               exceptionType: "System.Management.Automation.PSInvalidCastException", target: value)
            }
            blocks.append(block)
        }
        if blocks.count > 1, beginBlock == nil, endBlock == nil {
            beginBlock = blocks.removeFirst()
            if blocks.count > 1 { endBlock = blocks.removeLast() }
        }
        processBlocks = blocks
    }

    public func process(_ context: CmdletContext) throws {
        guard let item = context.currentItem else { return }
        if let memberName {
            try processMember(memberName, item, context)
            return
        }
        for block in processBlocks {
            try context.runspace.invokeBlockInCurrentScope(block, dollarUnder: item, output: context.output)
        }
    }

    /// A property when the object has one (and no arguments were given),
    /// otherwise a method call; a member the object lacks writes nothing.
    func processMember(_ name: String, _ item: Value, _ context: CmdletContext) throws {
        let runspace = context.runspace
        if memberArguments.isEmpty, PipelineObjectProperties.has(item, name) || !runspace.memberValue(item, name).isNull {
            try context.writeEnumerated(runspace.memberValue(item, name))
            return
        }
        guard let span = context.span, !item.isNull else { return }
        do {
            if let result = try runspace.invokeMethod(item, name, memberArguments, span: span) {
                try context.writeEnumerated(result)
            }
        } catch let error as ScriptError where error.record.errorId == "MethodNotFound" {
            return
        }
    }

    public func end(_ context: CmdletContext) throws {
        if let endBlock {
            try context.runspace.invokeBlockInCurrentScope(endBlock, dollarUnder: nil, output: context.output)
        }
    }
}
