// The cmdlet model. A cmdlet is one final class that declares its
// parameters once (names, types, positions, pipeline binding, aliases and
// a synopsis); that declaration drives binding here and, later, Get-Help
// and tab completion.

import ShoalSyntax

/// One declared parameter of a cmdlet or script function.
public struct ParameterDescriptor: Sendable {
    public let name: String
    /// A type name as scripts write it (`string`, `int`, `switch`,
    /// `scriptblock`, `string[]`, `object`), or nil for any value.
    public let type: String?
    public let position: Int?
    public let isMandatory: Bool
    public let fromPipeline: Bool
    public let fromPipelineByPropertyName: Bool
    public let aliases: [String]
    public let validateSet: [String]?
    /// `[ValidateNotNullOrEmpty()]`: the binder refuses `$null`, `''` and an empty array.
    public let refusesNullOrEmpty: Bool
    /// Takes every positional argument no other parameter took, as an array.
    public let takesRemainingArguments: Bool
    public let help: String

    public init(_ name: String, type: String? = nil, position: Int? = nil, mandatory: Bool = false,
                pipeline: Bool = false, pipelineByPropertyName: Bool = false, aliases: [String] = [],
                validateSet: [String]? = nil, notNullOrEmpty: Bool = false, remainingArguments: Bool = false,
                help: String = "") {
        self.name = name
        self.lowercasedName = name.lowercased()
        self.type = type
        self.position = position
        self.isMandatory = mandatory
        self.fromPipeline = pipeline
        self.fromPipelineByPropertyName = pipelineByPropertyName
        self.aliases = aliases
        self.validateSet = validateSet
        self.refusesNullOrEmpty = notNullOrEmpty
        self.takesRemainingArguments = remainingArguments
        self.help = help
    }

    public var isSwitch: Bool { type?.lowercased() == "switch" }

    /// A parameter shoal adds to one of PowerShell's cmdlets (-JobLog on
    /// Start-Job): an abbreviation that fits a parameter of PowerShell's as
    /// well means PowerShell's, as it did before (`-Throttle` stays
    /// -ThrottleLimit next to shoal's -ThrottleGroup).
    public private(set) var isShoalAddition = false

    /// The same parameter, marked as shoal's addition.
    public func addedByShoal() -> ParameterDescriptor {
        var copy = self
        copy.isShoalAddition = true
        return copy
    }

    /// The key the parameter is bound under (made once: binding pipeline
    /// input looks it up for every object).
    public let lowercasedName: String
}

/// A cmdlet's declaration.
public struct CmdletDescriptor: Sendable {
    public let name: String
    public let synopsis: String
    public let parameters: [ParameterDescriptor]
    /// The .NET class PowerShell implements it in, when not the usual
    /// `Microsoft.PowerShell.Commands.<Verb><Noun>Command` (error ids use it).
    public let implementingType: String?
    /// The parameter sets, when the cmdlet has more than one.
    public let parameterSets: [ParameterSetDescriptor]
    /// The set a call means when its parameters fit several.
    public let defaultParameterSet: String?
    /// Nil for a cmdlet that changes nothing; else how much harm its
    /// operations can do: it then takes -WhatIf and -Confirm.
    public let confirmImpact: ConfirmImpact?
    /// What Get-Help shows under DESCRIPTION: a paragraph or two.
    public let description: String
    /// Get-Help -Examples; each one also runs in the test suite.
    public let examples: [HelpExample]

    public init(_ name: String, synopsis: String, parameters: [ParameterDescriptor], implementingType: String? = nil,
                parameterSets: [ParameterSetDescriptor] = [], defaultParameterSet: String? = nil,
                confirmImpact: ConfirmImpact? = nil, description: String = "", examples: [HelpExample] = []) {
        self.description = description
        self.examples = examples
        self.name = name
        self.synopsis = synopsis
        self.parameters = parameters
        self.implementingType = implementingType
        self.parameterSets = parameterSets
        self.defaultParameterSet = defaultParameterSet
        self.confirmImpact = confirmImpact
    }
}

/// A built-in command. `process` runs once per pipeline object, or once
/// with no input when nothing is piped in.
public protocol Cmdlet: AnyObject {
    static var descriptor: CmdletDescriptor { get }
    init()
    func begin(_ context: CmdletContext) throws
    func process(_ context: CmdletContext) throws
    func end(_ context: CmdletContext) throws
}

extension Cmdlet {
    public func begin(_ context: CmdletContext) throws {}
    public func process(_ context: CmdletContext) throws {}
    public func end(_ context: CmdletContext) throws {}
}

/// `-ErrorAction` and friends.
public enum ActionPreference: String, Sendable {
    case stop = "Stop", `continue` = "Continue", silentlyContinue = "SilentlyContinue", ignore = "Ignore",
         inquire = "Inquire", suspend = "Suspend", `break` = "Break"

    public init?(value: Value) {
        let text = Conversion.toString(value).lowercased()
        guard let match = ActionPreference.allCases.first(where: { $0.rawValue.lowercased() == text }) else {
            if case .int(let n) = value, let byNumber = ActionPreference.byNumber[safe: n] {
                self = byNumber
                return
            }
            return nil
        }
        self = match
    }

    static let allCases: [ActionPreference] = [.stop, .continue, .silentlyContinue, .ignore, .inquire, .suspend, .break]

    static let typeName = "System.Management.Automation.ActionPreference"

    /// The value scripts see: a `[System.Management.Automation.ActionPreference]` enumeration value.
    public var value: Value { .native(Self.enumValues[number]) }

    /// The values in .NET's order: each one's index is its number.
    private static let byNumber: [ActionPreference] = [.silentlyContinue, .stop, .continue, .inquire, .ignore, .suspend, .break]

    private var number: Int { Self.byNumber.firstIndex(of: self)! }

    private static let enumValues = byNumber.indices.map { EnumValue(EnumType.actionPreference, $0) }
}

extension Array {
    subscript(safe index: Int) -> Element? { index >= 0 && index < count ? self[index] : nil }
}
