// Picks the jobs a job cmdlet acts on from its -Job, -Id, -Name,
// -InstanceId, -State and -Command parameters, writing PowerShell's
// non-terminating "cannot find" errors for ids and literal names that
// match nothing. Name patterns match every kind of job (PowerShell's
// thread jobs match only exact names; shoal's do not differ).

import ShoalRuntime

struct JobSelector {
    let context: CmdletContext
    let table: JobTable
    /// Remove-Job -Name looks at top-level jobs only.
    var namesIncludeChildren = true

    init(_ context: CmdletContext) throws {
        self.context = context
        self.table = try JobsModule.table(of: context)
    }

    /// Jobs named by a positional or -Job value: job objects, ids or names.
    /// With `inTableOnly` (Get-Job), a job object that has been removed is
    /// not found, as pwsh looks it up by name.
    func jobs(fromValue value: Value, inTableOnly: Bool = false) throws -> [Job] {
        var result: [Job] = []
        for item in value.enumeratedItems {
            switch item {
            case .native(let object as JobObject) where inTableOnly && !table.allIncludingChildren.contains { $0 === object.job }:
                try context.writeError("The command cannot find the job because the job name \(object.job.name) was not found. Verify the value of the Name parameter, and then try the command again.",
                                       id: "JobWithSpecifiedNameNotFound", category: .objectNotFound, target: item,
                                       exceptionType: "System.ArgumentException")
            case .native(let object as JobObject): result.append(object.job)
            case .int(let id): result.append(contentsOf: try jobs(ids: [id]))
            case .string(let text):
                if let id = Int(text) { result.append(contentsOf: try jobs(ids: [id])) }
                else { result.append(contentsOf: try jobs(names: [text])) }
            case .null: continue
            default:
                try context.writeError("The command cannot find the job because the job name \(Conversion.toString(item)) was not found. Verify the value of the Name parameter, and then try the command again.",
                                       id: "JobWithSpecifiedNameNotFound", category: .objectNotFound, target: item,
                                       exceptionType: "System.ArgumentException")
            }
        }
        return result
    }

    func jobs(ids: [Int]) throws -> [Job] {
        let all = table.allIncludingChildren
        var result: [Job] = []
        for id in ids {
            if let job = all.first(where: { $0.id == id }) {
                result.append(job)
            } else {
                try context.writeError("The command cannot find a job with the job ID \(id). Verify the value of the Id parameter and then try the command again.",
                                       id: "JobWithSpecifiedSessionNotFound", category: .objectNotFound, target: .int(id),
                                       exceptionType: "System.ArgumentException")
            }
        }
        return result
    }

    func jobs(names: [String]) throws -> [Job] {
        let candidates = namesIncludeChildren ? table.allIncludingChildren : table.all
        var result: [Job] = []
        for name in names {
            let pattern = Wildcard(name)
            let matches = candidates.filter { pattern.matches($0.name) }
            if matches.isEmpty && pattern.isLiteral {
                try context.writeError("The command cannot find the job because the job name \(name) was not found. Verify the value of the Name parameter, and then try the command again.",
                                       id: "JobWithSpecifiedNameNotFound", category: .objectNotFound, target: .string(name),
                                       exceptionType: "System.ArgumentException")
            }
            result.append(contentsOf: matches.filter { match in !result.contains { $0 === match } })
        }
        return result
    }

    func jobs(instanceIds: [String]) throws -> [Job] {
        let all = table.allIncludingChildren
        var result: [Job] = []
        for instanceId in instanceIds {
            if let job = all.first(where: { $0.instanceId.lowercased() == instanceId.lowercased() }) {
                result.append(job)
            } else {
                try context.writeError("The command cannot find a job with the instance identifier \(instanceId). Verify the value of the InstanceId parameter, and then try the command again.",
                                       id: "JobWithSpecifiedInstanceIdNotFound", category: .objectNotFound,
                                       target: .string(instanceId), exceptionType: "System.ArgumentException")
            }
        }
        return result
    }

    func jobs(state: JobState) -> [Job] { table.all.filter { $0.state == state } }

    func jobs(commands: [String]) -> [Job] {
        let patterns = commands.map { Wildcard($0.trimmingCharacters()) }
        return table.all.filter { job in patterns.contains { $0.matches(job.command.trimmingCharacters()) } }
    }

    /// The jobs the standard selection parameters name, in order, without duplicates.
    func selected(positional: String) throws -> [Job]? {
        var result: [Job]?
        func add(_ jobs: [Job]) {
            var list = result ?? []
            for job in jobs where !list.contains(where: { $0 === job }) { list.append(job) }
            result = list
        }
        if let value = context.value(positional) { add(try jobs(fromValue: value, inTableOnly: positional == "Id")) }
        if positional != "Job", let value = context.value("Job") { add(try jobs(fromValue: value)) }
        if positional != "Id", let value = context.value("Id") {
            add(try jobs(ids: value.enumeratedItems.compactMap { try? TypeConversion.toInteger($0, "System.Int32", context.span) }))
        }
        if positional != "Name", let value = context.value("Name") { add(try jobs(names: value.enumeratedItems.map(Conversion.toString))) }
        if let value = context.value("InstanceId") { add(try jobs(instanceIds: value.enumeratedItems.map(Conversion.toString))) }
        if let value = context.valueIfDeclared("State") { add(jobs(state: try JobSelector.state(value, context))) }
        if let value = context.valueIfDeclared("Command") { add(jobs(commands: value.enumeratedItems.map(Conversion.toString))) }
        return result
    }

    static func state(_ value: Value, _ context: CmdletContext) throws -> JobState {
        guard let state = JobState(name: Conversion.toString(value)) else {
            throw context.terminatingError(
                "Cannot bind parameter 'State'. Cannot convert value \"\(Conversion.toString(value))\" to type \"System.Management.Automation.JobState\". Error: \"Unable to match the identifier name \(Conversion.toString(value)) to a valid enumerator name. Specify one of the following enumerator names and try again:\nNotStarted, Running, Completed, Failed, Stopped, Blocked, Suspended, Disconnected, Suspending, Stopping, AtBreakpoint\"",
                id: "CannotConvertArgumentNoMessage", category: .invalidArgument,
                exceptionType: "System.Management.Automation.ParameterBindingException")
        }
        return state
    }

    /// Adds the jobs this call names to `jobs` (once each); returns the new ones.
    @discardableResult
    func collect(into jobs: inout [Job], positional: String = "Job") throws -> [Job] {
        var added: [Job] = []
        for job in try selected(positional: positional) ?? [] where !jobs.contains(where: { $0 === job }) {
            jobs.append(job)
            added.append(job)
        }
        return added
    }

    /// The standard selection parameters, shared by the job cmdlets.
    static func parameters(positional: String, positionalIsPipeline: Bool, includeCommand: Bool = false,
                           includeState: Bool = true) -> [ParameterDescriptor] {
        let help = [
            "Job": "The jobs, as objects (piped from Get-Job or Start-ThreadJob).", "Id": "The jobs' session ids.",
            "Name": "The jobs' names; wildcards are allowed.", "InstanceId": "The jobs' instance GUIDs.",
            "State": "Only jobs in this state (Running, Completed, Failed, Stopped, ...).",
            "Command": "Only jobs whose command matches; wildcards are allowed.",
        ]
        var list = [ParameterDescriptor(positional, position: 0, pipeline: positionalIsPipeline, help: help[positional] ?? "")]
        for name in ["Job", "Id", "Name"] where name != positional {
            list.append(ParameterDescriptor(name, pipeline: name == "Job", help: help[name] ?? ""))
        }
        list.append(ParameterDescriptor("InstanceId", type: "string[]", help: help["InstanceId"] ?? ""))
        if includeState { list.append(ParameterDescriptor("State", help: help["State"] ?? "")) }
        if includeCommand { list.append(ParameterDescriptor("Command", type: "string[]", help: help["Command"] ?? "")) }
        return list
    }
}
