// The cmdlets of this folder's noun family: Where-Object, ForEach-Object,
// Select-Object, Sort-Object, Group-Object, Measure-Object and the other
// object cmdlets. Shared helpers (property look-up, calculated properties,
// sort keys) live beside them in PipelinePipelineObjectProperties.swift,
// PropertyExpression.swift and SortKey.swift.

import ShoalRuntime

enum ObjectCmdlets {
    /// Get-Member's view (pwsh's MemberDefinition table): one table per
    /// type under a `TypeName:` line, Name and MemberType as wide as their values.
    static func registerViews(into registry: CommandRegistry) {
        registry.registerTable(
            typeName: "Microsoft.PowerShell.Commands.MemberDefinition",
            columns: [FormatViewColumn("Name", fitsData: true), FormatViewColumn("MemberType", fitsData: true), FormatViewColumn("Definition")],
            groupBy: FormatViewColumn("TypeName"))
    }

    /// Every cmdlet this family defines; Registration.swift registers them.
    static var all: [any Cmdlet.Type] {
        [
            WhereObjectCommand.self, ForEachObjectCommand.self, SelectObjectCommand.self, SortObjectCommand.self,
            GroupObjectCommand.self, MeasureObjectCommand.self, MeasureCommandCommand.self, TeeObjectCommand.self,
            CompareObjectCommand.self, NewObjectCommand.self, AddMemberCommand.self, GetMemberCommand.self,
            JoinStringCommand.self, GetUniqueCommand.self,
        ]
    }
}
