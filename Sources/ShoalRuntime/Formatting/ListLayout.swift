// One list entry, after PowerShell's ListWriter: labels padded to the
// longest, then ` : `, then the value; a value's further lines (its own
// line breaks, or wrapping at the screen edge) are indented under the
// first.

enum ListLayout {
    static func text(_ fields: [ListField], width: Int, style: TextStyle) -> String {
        guard !fields.isEmpty else { return "" }
        let labelWidth = fields.map { TerminalText.width($0.label) }.max() ?? 0
        let valueWidth = width - labelWidth - 3
        let indent = String(repeating: " ", count: labelWidth + 3)
        var lines: [String] = []
        for field in fields {
            let label = field.label + String(repeating: " ", count: labelWidth - TerminalText.width(field.label)) + " : "
            let styledLabel = style.listLabel.isEmpty ? label : style.listLabel + label + style.reset
            let valueLines = valueWidth > 0 ? TextWrapping.lines(field.text, width: valueWidth) : [field.text]
            for (index, line) in valueLines.enumerated() {
                lines.append(index == 0 ? styledLabel + line : indent + line)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
