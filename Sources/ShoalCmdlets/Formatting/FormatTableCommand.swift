// Format-Table: objects as a table of the given properties (wildcards and
// calculated properties with Width, Alignment and FormatString), or of the
// default view's columns; -AutoSize sizes every column from all the data,
// -Wrap wraps long values instead of cutting them, -HideTableHeaders drops
// the header lines, -GroupBy starts a new table under a header whenever
// the grouping value changes.

import ShoalRuntime

public final class FormatTableCommand: Cmdlet {
    public static let descriptor = CmdletDescriptor(
        "Format-Table", synopsis: "Formats the output as a table.",
        parameters: FormatSequenceWriter.commonParameters() + [
            ParameterDescriptor("AutoSize", type: "switch", help: "Sizes every column to fit its widest value, reading all the objects before it prints."),
            ParameterDescriptor("Wrap", type: "switch", help: "Wraps long values onto more lines instead of cutting them off with an ellipsis."),
            ParameterDescriptor("HideTableHeaders", type: "switch", help: "Leaves out the header line and the dashes under it."),
        ],
        description: "Shows objects as a table: the properties given (with wildcards, or calculated with Label, Expression, Width, Alignment and FormatString), else the table view of their type. -AutoSize sizes the columns from all the data, -Wrap wraps long values instead of cutting them, -GroupBy starts a table per value, -View picks a named view that Update-FormatData loaded.",
        examples: [
            HelpExample("Choose the columns",
                        code: "[pscustomobject]@{ Name = 'web1'; Cpu = 12.5; Up = $true } | Format-Table Name, Up",
                        output: "\nName Up\n---- --\nweb1 True\n\n"),
            HelpExample("A calculated, right-aligned column",
                        code: "[pscustomobject]@{ Name = 'log'; Bytes = 2048 } |\n    Format-Table Name, @{ Label = 'KB'; Expression = { $_.Bytes / 1KB }; Alignment = 'Right' }",
                        output: "\nName KB\n---- --\nlog   2\n\n"),
            HelpExample("Wrap long values in a fixed-width column",
                        code: "@(\n    [pscustomobject]@{ Name = 'backup'; Minute = 30; Command = 'rsync -a --delete /srv/data/ backup01:/volumes/archive/data/ && touch /var/run/backup.ok' }\n    [pscustomobject]@{ Name = 'rotate'; Minute = 0; Command = 'logrotate /etc/logrotate.conf' }\n) | Format-Table Name, Minute, @{ Label = 'Command'; Expression = { $_.Command }; Width = 40 } -Wrap",
                        output: "\nName   Minute Command\n----   ------ -------\nbackup     30 rsync -a --delete /srv/data/\n              backup01:/volumes/archive/data/ && touch\n              /var/run/backup.ok\nrotate      0 logrotate /etc/logrotate.conf\n\n",
                        remarks: "Without -Wrap, the first command is cut at 40 characters and ends with an ellipsis."),
        ])

    private var writer: FormatSequenceWriter?
    private var specs: [FormatPropertySpec]?
    private var columns: [FormatPropertySpec] = []
    private var view: DefaultView?
    public init() {}

    public func begin(_ context: CmdletContext) throws {
        (writer, specs) = try FormatSequenceWriter.begin(context)
    }

    public func process(_ context: CmdletContext) throws {
        guard let writer else { return }
        try writer.forEachObject(context, hasProperties: specs != nil) { object in
            try writer.write(object, context: context, shape: { try shape(for: object, context) }, entries: {
                try rows(for: object, context)
            })
        }
    }

    public func end(_ context: CmdletContext) throws { try writer?.finish(context: context) }

    private func shape(for object: Value, _ context: CmdletContext) throws -> FormatShape {
        let headers: [TableColumnHeader]
        if let specs {
            columns = FormatPropertySpec.expand(specs, for: object)
            headers = try columns.map { spec in
                let alignment: TextAlignment
                if spec.alignment != .undefined {
                    alignment = spec.alignment
                } else {
                    alignment = OutputFormatter.isNumeric(try spec.value(for: object, runspace: context.runspace)) ? .right : .left
                }
                return TableColumnHeader(label: spec.label, sizing: spec.width.map { .fixed($0) } ?? .fromData, alignment: alignment)
            }
        } else {
            view = try FormatSequenceWriter.namedView(for: object, table: true, context: context)
                ?? DefaultView.table(for: object, runspace: context.runspace)
            if let view { writer?.viewGroupHeader = { view.groupHeader(for: $0) } }
            guard case .table(let viewHeaders, let hidden, let autoSized, let wrapped)? = view?.shape else { return .list }
            // The view's own <HideTableHeaders/>, <AutoSize/> and <Wrap/> hold unless the switches say otherwise.
            return .table(columns: viewHeaders, hideHeaders: context.value("HideTableHeaders").map(Conversion.toBool) ?? hidden,
                          autoSize: context.value("AutoSize").map(Conversion.toBool) ?? autoSized,
                          wrap: context.value("Wrap").map(Conversion.toBool) ?? wrapped)
        }
        return .table(columns: headers, hideHeaders: context.flag("HideTableHeaders"), autoSize: context.flag("AutoSize"),
                      wrap: context.flag("Wrap"))
    }

    /// Decorated unless PlainText (file names in $PSStyle.FileInfo), worked out
    /// once per command; whatever prints the records removes the decoration
    /// where it does not belong.
    private var textStyle: TextStyle?
    private func decoration(_ context: CmdletContext) -> TextStyle {
        if let textStyle { return textStyle }
        let style = context.runspace.style
        let made = style.textStyle(decorated: style.outputRendering != .plainText)
        textStyle = made
        return made
    }

    private func rows(for object: Value, _ context: CmdletContext) throws -> [FormatEntry] {
        if specs != nil {
            return [.row(try columns.map { TableCell(try $0.text(for: object, runspace: context.runspace, inTable: true)) })]
        }
        return view?.entries(for: object, style: decoration(context)) ?? []
    }
}
