// `trap`: a block's handlers for the terminating errors that leave its
// statements, as pwsh's ExceptionHandlingOps.CheckActionPreference and
// ProcessTraps run them.

import ShoalSyntax

extension Runspace {
    /// Runs a block's statements; a block with traps hands a terminating
    /// error that leaves one of them to the best trap, then goes on with the
    /// next statement unless the trap says otherwise.
    public func execute(_ list: StatementList, output: OutputSink) throws {
        if !list.typeDefinitions.isEmpty { try define(list.typeDefinitions) }
        if list.traps.isEmpty {
            guard list.hidesEnclosingTraps else { return try execute(list.borrowedStatements, output: output) }
            let trapScope = scope, enclosing = trapScope.activeTraps
            trapScope.activeTraps = nil
            defer { trapScope.activeTraps = enclosing }
            return try execute(list.borrowedStatements, output: output)
        }
        let trapScope = scope, enclosing = (trapScope.activeTraps, trapScope.activeTrapDepth)
        trapScope.activeTraps = list.traps
        trapScope.activeTrapDepth = calls.tryDepth + 1
        defer { (trapScope.activeTraps, trapScope.activeTrapDepth) = enclosing }
        for statement in list.borrowedStatements {
            try checkStop()
            // As inside `try`, an error in a nested block or a called function
            // leaves it and comes here, rather than being reported where it arose.
            calls.tryDepth += 1
            do {
                try statement.with { try executeReportingErrors($0, output: output) }
                calls.tryDepth -= 1
            } catch let error as ScriptError {
                calls.tryDepth -= 1
                try trap(error, with: list.traps, output: output)
            } catch {
                calls.tryDepth -= 1
                throw error
            }
        }
    }

    /// A terminating error that left one pipeline of a chain (`a || b`):
    /// the block's traps take it, or it is reported as after a statement,
    /// and the chain goes on with `$?` false; inside `try` or with
    /// `$ErrorActionPreference` Stop it leaves the chain.
    func handleErrorInChain(_ error: ScriptError, output: OutputSink) throws {
        if let traps = scope.activeTraps, calls.tryDepth == scope.activeTrapDepth {
            try trap(error, with: traps, output: output)
        } else {
            try reportStatementError(error)
        }
        status.lastCommandSucceeded = false
    }

    /// Runs the trap that takes `error` (an exact type first, then a base
    /// type, then a trap without a type): `continue` in it silences the
    /// error, `break` passes it on, and otherwise `$ErrorActionPreference`
    /// decides, as after any statement-terminating error.
    func trap(_ error: ScriptError, with traps: [TrapNode], output: OutputSink) throws {
        guard let trap = matchingTrap(error.record, traps) else { throw error }
        recordStackTrace(error.record)
        recordError(error.record)
        let trapScope = Scope(parent: scope, layout: nil)
        trapScope.currentItem = .error(error.record)
        defer { status.lastCommandSucceeded = false }
        do {
            try withScope(trapScope, slotsUsable: false) { try execute(trap.body, output: output) }
        } catch ControlFlow.continueLoop {
            return
        } catch ControlFlow.breakLoop {
            throw error
        }
        switch preference("ErrorActionPreference", default: .continue) {
        case .stop: throw error
        case .silentlyContinue, .ignore: return
        default:
            collectError(error.record, into: streams)
            try streams.error.write(.error(error.record))
        }
    }

    /// pwsh's choice: for the exception, then for the RuntimeException
    /// around it, a trap of exactly its type, else of a base type; a trap
    /// without a type only when no typed trap takes either.
    private func matchingTrap(_ record: ErrorRecord, _ traps: [TrapNode]) -> TrapNode? {
        for type in record.handledExceptionTypes {
            if let exact = traps.first(where: { $0.type.map { ExceptionObject.type(type, isExactly: $0.name) } ?? false }) {
                return exact
            }
            if let base = traps.first(where: { $0.type.map { ExceptionObject.type(type, isOrDerivesFrom: $0.name) } ?? false }) {
                return base
            }
        }
        return traps.first { $0.type == nil }
    }
}
