// Checks the binder cannot make from a ParameterDescriptor list:
// ValidateRange bounds, and exclusions the parameter sets do not express. The
// errors carry PowerShell's ids and wording so scripts that test
// FullyQualifiedErrorId see the same thing.

import ShoalRuntime

enum ParameterChecks {

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

extension CmdletContext {
    /// PowerShell's error for parameters that cannot be used together, for
    /// the combinations a cmdlet's parameter sets do not express.
    func ambiguousParameterSet() -> ScriptError {
        terminatingError("Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.",
                         id: "AmbiguousParameterSet", category: .invalidArgument,
                         exceptionType: "System.Management.Automation.ParameterBindingException")
    }
}
