// A cmdlet's parameter sets, as PowerShell's [Parameter(ParameterSetName)]
// attributes declare them: which parameters may be used together, and
// which of them each set requires. The binder picks the set a call means
// (or reports that none fits), and Get-Help prints one syntax line per set.

/// One parameter set. Parameters that no set names belong to every set.
public struct ParameterSetDescriptor: Sendable {
    public let name: String
    public let parameters: [String]
    /// The parameters this set requires (in addition to the ones every set requires).
    public let mandatory: Set<String>

    public init(_ name: String, _ parameters: [String], mandatory: Set<String> = []) {
        self.name = name
        self.parameters = parameters
        self.mandatory = mandatory
    }
}
