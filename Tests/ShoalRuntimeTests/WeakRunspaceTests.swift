// WeakRunspace: formatters and binders find their runspace while it lives
// and nothing after, without a weak reference to the runspace itself
// (which would slow every retain of it; see WeakRunspace.swift).

import ShoalRuntime
import Testing

@Suite struct WeakRunspaceTests {
    final class Holder {
        @WeakRunspace var runspace: Runspace? = nil
    }

    @Test func findsTheRunspaceWhileItLivesAndNilAfter() {
        let holder = Holder()
        var binder: ParameterBinder?
        do {
            let runspace = Runspace(registry: CommandRegistry(), host: CapturingHost())
            holder.runspace = runspace
            let plan = BindingPlan(parameters: [], acceptsCommonParameters: false, passesUnknownArguments: false, isCmdlet: false)
            binder = ParameterBinder(plan: plan, commandName: "f", span: nil)
            binder?.runspace = runspace
            #expect(holder.runspace === runspace)
            #expect(binder?.runspace === runspace)
            holder.runspace = nil
            #expect(holder.runspace == nil)
            holder.runspace = runspace
        }
        // The holders kept nothing alive.
        #expect(holder.runspace == nil)
        #expect(binder?.runspace == nil)
    }

    @Test func aRunspaceIsFreedWhileFormattersReferToIt() {
        weak var freed: Runspace?
        let formatter: StreamingFormatter
        do {
            let runspace = Runspace(registry: CommandRegistry(), host: CapturingHost())
            freed = runspace
            formatter = StreamingFormatter(runspace: runspace)
        }
        #expect(freed == nil)
        // Formatting without the runspace uses the built-in views.
        #expect((formatter.add(.string("text")) + formatter.finish()).contains("text"))
    }
}
