// A PowerShell data file (.psd1: module manifests, configuration): one
// hashtable literal in the restricted language, read without running
// anything. Strings, numbers, arrays, nested hashtables, `$true`, `$false`
// and `$null` are allowed; a command, a method call or another variable is
// an error that names the place, as pwsh refuses it.

import ShoalSyntax

public enum PowerShellDataFile {
    /// The file's hashtable.
    public static func read(_ text: String, path: String) throws -> HashtableValue {
        let ast = try Parser.parseScript(SourceFile(name: path, text: text, path: path))
        let statements = ast.endBlock?.statements ?? []
        guard ast.paramBlock == nil, ast.beginBlock == nil, ast.processBlock == nil, statements.count == 1,
              case .hashtable(let table) = try value(of: statements[0]) else {
            throw ScriptError.runtime("Cannot read '\(path)': a data file holds one hashtable literal (@{ ... }).",
                                      id: "CouldNotParseAsPowerShellDataFile", at: statements.first?.span,
                                      type: "System.InvalidOperationException", category: .invalidData)
        }
        return table
    }

    private static func value(of statement: Statement) throws -> Value {
        guard case .pipeline(let pipeline) = statement.kind, pipeline.elements.count == 1,
              case .expression(let expression, let redirections) = pipeline.elements[0], redirections.isEmpty else {
            throw refused(statement.span)
        }
        return try value(of: expression)
    }

    private static func value(of expression: Expression) throws -> Value {
        switch expression.kind {
        case .integer(let n): return .int(n)
        case .double(let d): return .double(d)
        case .string(let s): return .string(s)
        case .expandableString(let parts):
            var text = ""
            for part in parts {
                guard case .text(let piece) = part else { throw refused(expression.span) }
                text += piece
            }
            return .string(text)
        case .variable(let variable) where variable.qualifier == .none:
            switch variable.name.lowercased() {
            case "true": return .bool(true)
            case "false": return .bool(false)
            case "null": return .null
            default: throw refused(expression.span)
            }
        case .arrayLiteral(let items): return .list(try items.map(value(of:)))
        case .arraySubexpression(let block):
            var items: [Value] = []
            for statement in block.statements {
                let item = try value(of: statement)
                if case .array(let array) = item { items += array.items } else { items.append(item) }
            }
            return .list(items)
        case .parenthesized(let statement): return try value(of: statement)
        case .unary(.negate, let operand):
            switch try value(of: operand) {
            case .int(let n): return .int(-n)
            case .double(let d): return .double(-d)
            default: throw refused(expression.span)
            }
        case .hashtable(let entries, let ordered):
            let table = HashtableValue(ordered: ordered)
            for entry in entries {
                let key: Value
                if case .string(let name) = entry.key.kind { key = .string(name) } else { key = try value(of: entry.key) }
                table[key] = try value(of: entry.value)
            }
            return .hashtable(table)
        default:
            throw refused(expression.span)
        }
    }

    private static func refused(_ span: SourceSpan) -> ScriptError {
        ScriptError.runtime("A data file may hold only strings, numbers, arrays, hashtables, $true, $false and $null; this is not allowed here.",
                            id: "InvalidDataFileContent", at: span, type: "System.Management.Automation.ParseException",
                            category: .parserError)
    }
}
