// `[System.Management.Automation.Cmdlet]`'s static members: the names of the
// common parameters, as scripts that build or filter parameter lists read them.

/// `[System.Management.Automation.Cmdlet]::CommonParameters` and `::OptionalCommonParameters`.
enum CmdletStatics {
    static let table = MemberTable<StaticTarget>(methods: [], properties: [
        PropertyMember("CommonParameters", "static System.Collections.Generic.HashSet[string] CommonParameters {get;}") { _ in
            .list(CommonParameters.names.map { .string($0.name) })
        },
        PropertyMember("OptionalCommonParameters", "static System.Collections.Generic.HashSet[string] OptionalCommonParameters {get;}") { _ in
            // UseTransaction is listed by pwsh although no Linux cmdlet supports transactions.
            .list((CommonParameters.shouldProcessDescriptors.map(\.name) + ["UseTransaction"]).map { .string($0) })
        },
    ])
}
