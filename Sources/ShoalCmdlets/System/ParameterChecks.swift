// Checks the binder cannot make from a plain ParameterDescriptor list:
// parameter sets that exclude each other and ValidateRange bounds. The
// errors carry PowerShell's ids and wording so scripts that test
// FullyQualifiedErrorId see the same thing.

import ShoalRuntime

enum ParameterChecks {

    /// The index of the one group whose parameters were given, nil when
    /// none was; throws when parameters of two groups were given together.
    /// A parameter named in several groups does not decide between them.
    @discardableResult
    static func exclusiveGroup(_ groups: [[String]], in context: CmdletContext) throws -> Int? {
        let all = groups.flatMap { $0 }
        let distinguishing = groups.map { group in group.filter { name in all.filter { $0 == name }.count == 1 } }
        let used = distinguishing.indices.filter { index in distinguishing[index].contains(where: context.has) }
        if used.count > 1 { throw context.ambiguousParameterSet() }
        return used.first
    }

    /// ValidateRange on an integer or floating-point parameter, if bound.
    static func range(_ name: String, _ low: Double, _ high: Double, in context: CmdletContext) throws {
        guard let value = context.value(name), let number = Conversion.toNumber(value) else { return }
        let n: Double
        switch number {
        case .int(let i): n = Double(i)
        case .double(let d): n = d
        default: return
        }
        let shown = Conversion.toString(value)
        func bound(_ x: Double) -> String { Conversion.toString(x == x.rounded() && abs(x) < 1e15 ? .int(Int(x)) : .double(x)) }
        if n < low {
            throw validationError(name, "The \(shown) argument is less than the minimum allowed range of \(bound(low)). Supply an argument that is greater than or equal to \(bound(low)) and then try the command again.", context)
        }
        if n > high {
            throw validationError(name, "The \(shown) argument is greater than the maximum allowed range of \(bound(high)). Supply an argument that is less than or equal to \(bound(high)) and then try the command again.", context)
        }
    }

    static func validationError(_ name: String, _ detail: String, _ context: CmdletContext) -> ScriptError {
        context.terminatingError("Cannot validate argument on parameter '\(name)'. \(detail)",
                                 id: "ParameterArgumentValidationError", category: .invalidData,
                                 exceptionType: "System.Management.Automation.ParameterBindingValidationException")
    }

    /// PowerShell's error for a mandatory parameter nobody supplied.
    static func missingMandatory(_ names: [String], in context: CmdletContext) -> ScriptError {
        context.terminatingError("Cannot process command because of one or more missing mandatory parameters: \(names.joined(separator: " ")).",
                                 id: "MissingMandatoryParameter", category: .invalidArgument,
                                 exceptionType: "System.Management.Automation.ParameterBindingException")
    }
}

extension Value {
    /// The items of a `string[]` parameter as strings.
    var strings: [String] { enumeratedItems.map(Conversion.toString) }
}

/// `-Name`/`-Include`/`-Exclude` filtering with PowerShell wildcards.
struct WildcardFilter {
    let include: [Wildcard]?
    let exclude: [Wildcard]

    init(_ names: [String]?, exclude: [String]? = nil) {
        include = names.map { $0.map { Wildcard($0) } }
        self.exclude = (exclude ?? []).map { Wildcard($0) }
    }

    /// Whether it admits every name.
    var isEmpty: Bool { include == nil && exclude.isEmpty }

    func admits(_ name: String) -> Bool {
        if let include, !include.contains(where: { $0.matches(name) }) { return false }
        return !exclude.contains { $0.matches(name) }
    }
}

/// One parameter set of a cmdlet: the binder knows only a flat parameter
/// list, so cmdlets with several sets describe them here for Get-Help's
/// syntax lines and their own exclusivity checks.
struct ParameterSet {
    let names: [String]
    let mandatory: Set<String>
    init(_ names: [String], mandatory: Set<String> = []) {
        self.names = names
        self.mandatory = mandatory
    }
}

protocol ParameterSetDescribing {
    static var parameterSets: [ParameterSet] { get }
}

extension CmdletContext {
    /// PowerShell's error for parameters from different parameter sets
    /// (the binder knows no sets, so the cmdlets check their own).
    func ambiguousParameterSet() -> ScriptError {
        terminatingError("Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.",
                         id: "AmbiguousParameterSet", category: .invalidArgument,
                         exceptionType: "System.Management.Automation.ParameterBindingException")
    }
}
