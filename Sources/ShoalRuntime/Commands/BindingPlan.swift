// A command's parameters compiled once for the binder: a cmdlet's when it
// is registered, a script block's (ScriptBindingPlan) on its first call.
// Everything a call used to work out again (the name and alias table, the
// positional order, which parameters take pipeline input, the common
// parameters) is found here once; ParameterBinder and the direct call
// both read it, so the rules live in one place.

import ShoalSyntax

/// What a written `-name` picks among a plan's parameters.
public enum ParameterMatch {
    /// The parameter at this index of `BindingPlan.all` (declared first, then common).
    case parameter(Int)
    /// More than one parameter begins with the name.
    case ambiguous([ParameterDescriptor])
    case none
}

/// A command's parameter list, compiled once. Immutable after init, so
/// one plan may serve every runspace of a session.
public final class BindingPlan: @unchecked Sendable {
    /// The declared parameters.
    public let parameters: [BindableParameter]
    /// The declared parameters, then the common ones when accepted.
    public let all: [ParameterDescriptor]
    /// Exact lower-cased names and aliases to their index in `all`.
    private let exact: [String: Int]
    /// The same names in a list, when there are few: comparing a few short
    /// strings costs less than hashing one (a splat matches its keys on
    /// every call).
    private let exactNames: [(name: String, index: Int)]?
    /// Indices into `parameters` in the order positional values fill them.
    public let positionalIndices: [Int]
    public let byValue: [ParameterDescriptor]
    public let byPropertyName: [ParameterDescriptor]
    public let hasMandatoryParameters: Bool
    /// When every pipeline object simply binds to one untyped parameter
    /// (InputObject of most cmdlets) and nothing is mandatory, its key:
    /// binding is then one store.
    public let simplePipelineKey: String?
    let acceptsCommonParameters: Bool
    /// Simple script functions pass unknown arguments on in `$args`.
    let passesUnknownArguments: Bool
    let isCmdlet: Bool
    private let convertingOrValidating: [Bool]
    /// How each declared parameter's values are converted.
    let conversions: [ParameterConversion]
    /// Which declared parameters validate their values (a set or a range).
    private let validating: [Bool]
    /// Lower-cased declared names to their index in `parameters`.
    private let declaredIndex: [String: Int]

    /// One parameter set: which declared parameters (by index) it admits and requires.
    struct SetPlan {
        let name: String
        let admits: [Bool]
        let requires: [Bool]
    }
    /// The parameter sets (none: one set of everything).
    let sets: [SetPlan]
    let defaultSet: Int?

    public init(parameters: [BindableParameter], acceptsCommonParameters: Bool, passesUnknownArguments: Bool, isCmdlet: Bool,
                sets: [ParameterSetDescriptor] = [], defaultSet: String? = nil, supportsShouldProcess: Bool = false) {
        self.parameters = parameters
        self.acceptsCommonParameters = acceptsCommonParameters
        self.passesUnknownArguments = passesUnknownArguments
        self.isCmdlet = isCmdlet
        let declared = parameters.map(\.descriptor)
        let declaredNames = Set(declared.map(\.lowercasedName))
        // A declared parameter of a common parameter's name is the one bound.
        let commonNames = CommonParameters.descriptors + (supportsShouldProcess ? CommonParameters.shouldProcessDescriptors : [])
        let common = acceptsCommonParameters ? commonNames.filter { !declaredNames.contains($0.lowercasedName) } : []
        all = declared + common
        // Each name and alias once, the first parameter to claim it keeping it.
        var exact: [String: Int] = [:]
        var names: [(name: String, index: Int)] = []
        for (index, descriptor) in all.enumerated() {
            for key in [descriptor.lowercasedName] + descriptor.aliases.map({ $0.lowercased() }) where exact[key] == nil {
                exact[key] = index
                names.append((key, index))
            }
        }
        self.exact = exact
        exactNames = names.count <= 16 ? names : nil
        var declaredIndex: [String: Int] = [:]
        for (index, descriptor) in declared.enumerated() where declaredIndex[descriptor.lowercasedName] == nil {
            declaredIndex[descriptor.lowercasedName] = index
        }
        self.declaredIndex = declaredIndex
        let explicit = declared.contains { $0.position != nil }
        positionalIndices = declared.indices
            .filter { !declared[$0].isSwitch && (explicit ? declared[$0].position != nil : true) }
            .sorted { (declared[$0].position ?? 1000 + $0) < (declared[$1].position ?? 1000 + $1) }
        byValue = declared.filter(\.fromPipeline)
        // A parameter taking both (Get-Date's -Date) binds by property name
        // when the object itself does not convert.
        byPropertyName = declared.filter(\.fromPipelineByPropertyName)
        let inSomeSet = Set(sets.flatMap { $0.parameters.map { $0.lowercased() } })
        self.sets = sets.map { set in
            let members = Set(set.parameters.map { $0.lowercased() }), required = Set(set.mandatory.map { $0.lowercased() })
            return SetPlan(name: set.name,
                           admits: declared.map { members.contains($0.lowercasedName) || !inSomeSet.contains($0.lowercasedName) },
                           requires: declared.map { required.contains($0.lowercasedName) })
        }
        self.defaultSet = defaultSet.flatMap { name in sets.firstIndex { $0.name.lowercased() == name.lowercased() } }
        hasMandatoryParameters = declared.contains(where: \.isMandatory) || self.sets.contains { $0.requires.contains(true) }
        let untypedByValue = byValue.first.flatMap { $0.type == nil ? $0.lowercasedName : nil }
        // (The untyped parameter always takes the object by value, so its own
        // by-property-name binding never runs.)
        let byPropertyName = self.byPropertyName, mandatory = hasMandatoryParameters
        simplePipelineKey = untypedByValue.flatMap { key in
            byPropertyName.allSatisfy { $0.lowercasedName == key } && !mandatory && sets.isEmpty ? key : nil
        }
        conversions = declared.map(ParameterConversion.init)
        // (A built-in cmdlet's mandatory parameters are its own to check.)
        let checks = parameters.map { isCmdlet ? $0.validatesBeyondMandatory : $0.validates }
        validating = checks
        convertingOrValidating = parameters.indices.map { index in
            let type = parameters[index].descriptor.type?.lowercased()
            return (type != nil && type != "object") || checks[index]
        }
    }

    /// The parameter `-written` means: an exact name or alias, else the
    /// one name it begins (PowerShell's own parameters win over shoal's
    /// additions when both begin with it).
    public func match(_ written: String) -> ParameterMatch { match(folded: written.caseFolded) }

    /// `match` for a name already lower-cased.
    func match(folded key: String) -> ParameterMatch {
        if let exactNames {
            for entry in exactNames where entry.name == key { return .parameter(entry.index) }
        } else if let index = exact[key] {
            return .parameter(index)
        }
        var matches = all.indices.filter { all[$0].lowercasedName.hasPrefix(key) }
        if matches.count > 1 {
            // Scripts written for PowerShell abbreviate its own parameters.
            let powerShells = matches.filter { !all[$0].isShoalAddition }
            if !powerShells.isEmpty { matches = powerShells }
        }
        if matches.count == 1 { return .parameter(matches[0]) }
        return matches.isEmpty ? .none : .ambiguous(matches.map { all[$0] })
    }

    /// The declared parameter that takes the remaining arguments, if any.
    var remainingArgumentsIndex: Int? { parameters.firstIndex { $0.descriptor.takesRemainingArguments } }

    /// Whether `index` (into `all`) is a common parameter rather than a declared one.
    public func isCommon(_ index: Int) -> Bool { index >= parameters.count }

    /// The declared parameter of this lower-cased name.
    func declared(_ lowercasedName: String) -> Int? { declaredIndex[lowercasedName] }

    func validateRange(ofDeclared index: Int) -> (Value, Value)? { parameters[index].validateRange }

    /// The sets that admit every declared parameter bound in `bound`.
    func candidateSets(_ bound: [String: Value]) -> [Int] {
        sets.indices.filter { set in bound.keys.allSatisfy { key in declaredIndex[key].map { sets[set].admits[$0] } ?? true } }
    }

    /// The positional parameters still open once `bound` is: only those of
    /// a parameter set the bound ones allow (the default set's, when it is
    /// one of several), as pwsh binds positions after names.
    func openPositions(after bound: [String: Value], preferringDefault: Bool = true) -> [Int] {
        var open = bound.isEmpty ? positionalIndices
            : positionalIndices.filter { bound[parameters[$0].descriptor.lowercasedName] == nil }
        guard hasSets else { return open }
        let candidates = candidateSets(bound)
        let chosen = candidates.count > 1 && preferringDefault
            ? defaultSet.flatMap { candidates.contains($0) ? [$0] : nil } ?? candidates : candidates
        open = open.filter { admits($0, in: chosen) }
        // Two sets may put different parameters at one position: the first (in the chosen sets' order) takes it.
        var seen: Set<Int> = []
        return open.filter { index in
            guard let position = parameters[index].descriptor.position else { return true }
            return seen.insert(position).inserted
        }
    }

    /// Whether some set in `candidates` admits declared parameter `index`.
    func admits(_ index: Int, in candidates: [Int]) -> Bool {
        candidates.contains { sets[$0].admits[index] }
    }

    /// The set a call binding `bound` means, among `candidates`, as pwsh
    /// decides: the only one; else the default set (whose missing required
    /// parameters the mandatory check then names); else the one set whose
    /// required parameters are all bound. With `pipelinePending`, a set
    /// whose missing ones may come from the pipeline counts as complete and
    /// the choice is made again once input binds. Nil: the call is ambiguous.
    func chooseSet(_ candidates: [Int], _ bound: [String: Value], pipelinePending: Bool) -> Int? {
        guard candidates.count > 1 else { return candidates.first }
        let complete = candidates.filter { set in
            parameters.indices.allSatisfy { index in
                let descriptor = parameters[index].descriptor
                return !sets[set].requires[index] || bound[descriptor.lowercasedName] != nil
                    || (pipelinePending && (descriptor.fromPipeline || descriptor.fromPipelineByPropertyName))
            }
        }
        // With input to come, a default set that needs what the pipeline
        // cannot give yields to one the input may complete
        // (`Get-Module m | Remove-Module` means -ModuleInfo, not -Name).
        if let defaultSet, candidates.contains(defaultSet), !pipelinePending || complete.isEmpty || complete.contains(defaultSet) {
            return defaultSet
        }
        return complete.count == 1 || pipelinePending ? complete.first : nil
    }

    /// Whether declared parameter `index` must be bound when the call means `set`.
    func requires(_ index: Int, inSet set: Int?) -> Bool {
        parameters[index].descriptor.isMandatory || set.map { sets[$0].requires[index] } ?? false
    }

    func setName(_ set: Int) -> String { sets[set].name }
    var hasSets: Bool { !sets.isEmpty }

    /// Whether a value for declared parameter `index` is converted or
    /// validated, rather than bound as given.
    func convertsOrValidates(_ index: Int) -> Bool { convertingOrValidating[index] }

    /// Whether `value` binds to declared parameter `index` as it is: it
    /// already has the parameter's type and nothing validates it (an
    /// `[int]` parameter given an integer), so no binder needs to look.
    func bindsUnchanged(_ index: Int, _ value: Value) -> Bool {
        guard case .to(let target) = conversions[index], !validating[index] else { return !convertingOrValidating[index] }
        return target.holds(value)
    }
}

/// How a parameter's values are converted, decided once per plan: its type
/// resolved, so that binding a value looks nothing up by name.
enum ParameterConversion {
    /// Untyped, `[object]` or a switch.
    case none
    case to(ConversionTarget)
    /// A type no name resolves: binding reports TypeNotFound.
    case unknownType(String)

    init(_ descriptor: ParameterDescriptor) {
        guard let type = descriptor.type, !["object", "switch"].contains(type.lowercased()) else {
            self = .none
            return
        }
        self = ConversionTarget(typeName: type).map(ParameterConversion.to) ?? .unknownType(type)
    }
}
