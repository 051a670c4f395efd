// The objects Format-Table, Format-List and Format-Wide write: PowerShell's
// format start/group/entry/end records. They carry text that is already
// formatted (cell strings, labels) plus the shape; `FormatRenderer` turns
// them into lines. This file owns the record types, not their layout.

/// How a cell or column is aligned.
public enum TextAlignment: Sendable, Equatable {
    case undefined, left, center, right
}

/// How a table column's width is decided.
public enum ColumnSizing: Sendable, Equatable {
    /// Exactly this many characters.
    case fixed(Int)
    /// As wide as its header and the widest value seen while the table's
    /// first rows are collected (PowerShell's generated tables).
    case fromData
    /// Whatever the screen has left (a view column without a width).
    case fill
}

/// One column of a table as a renderer sees it.
public struct TableColumnHeader: Sendable, Equatable {
    public var label: String
    public var sizing: ColumnSizing
    public var alignment: TextAlignment

    public init(label: String, sizing: ColumnSizing = .fromData, alignment: TextAlignment = .left) {
        self.label = label
        self.sizing = sizing
        self.alignment = alignment
    }
}

/// The shape a format sequence is drawn in.
public enum FormatShape: Sendable, Equatable {
    case table(columns: [TableColumnHeader], hideHeaders: Bool, autoSize: Bool, wrap: Bool)
    case list
    /// `columns` 0 means two, or as many as fit with `autoSize`.
    case wide(columns: Int, autoSize: Bool)
    /// A custom view (DateTime): each entry is printed as its lines.
    case complex
}

/// One table cell.
public struct TableCell: Sendable, Equatable {
    public var text: String
    public var alignment: TextAlignment
    public init(_ text: String, alignment: TextAlignment = .undefined) {
        self.text = text
        self.alignment = alignment
    }
}

/// One `Label : value` line of a list entry.
public struct ListField: Sendable, Equatable {
    public var label: String
    public var text: String
    public init(_ label: String, _ text: String) {
        self.label = label
        self.text = text
    }
}

/// The payload of one formatted object.
public enum FormatEntry: Sendable, Equatable {
    case row([TableCell])
    case list([ListField])
    case wide(String)
    case complex(String)
    /// Text printed as it is, outside the current shape (scalars, errors).
    case outOfBand(String)
}

/// A record of a format sequence: start, group start, entries, group end, end.
public final class FormatRecord: NativeObject, Sendable {
    public enum Kind: Sendable, Equatable {
        case formatStart(FormatShape)
        /// `header` is the `-GroupBy` line, or nil for the implicit group.
        case groupStart(header: String?)
        case entry(FormatEntry)
        case groupEnd
        case formatEnd
    }

    public let kind: Kind
    public init(_ kind: Kind) { self.kind = kind }

    public var typeName: String {
        let prefix = "Microsoft.PowerShell.Commands.Internal.Format."
        switch kind {
        case .formatStart: return prefix + "FormatStartData"
        case .groupStart: return prefix + "GroupStartData"
        case .entry: return prefix + "FormatEntryData"
        case .groupEnd: return prefix + "GroupEndData"
        case .formatEnd: return prefix + "FormatEndData"
        }
    }

    public var stringValue: String { typeName }
    public func property(_ name: String) -> Value? { nil }
}
