// The validation attributes a script parameter may carry ([ValidateCount],
// [ValidateLength], [ValidatePattern], [ValidateScript], [ValidateRange] by
// kind, [ValidateNotNull], [ValidateNotNullOrWhiteSpace]) and what a
// mandatory parameter refuses unless [AllowNull()], [AllowEmptyString()] or
// [AllowEmptyCollection()] say otherwise; checked by the binder with
// pwsh's messages (Metadata.resx).

/// One validation attribute, as the binder checks it.
public enum ParameterValidation {
    case count(min: Int, max: Int)
    case length(min: Int, max: Int)
    case pattern(String, errorMessage: String?)
    case script(ScriptBlock, errorMessage: String?)
    /// `[ValidateRange('Positive')]` and the other kinds.
    case rangeKind(String)
    case notNull
    case notNullOrWhiteSpace

    /// The message when `value` fails (nil: it passes). `evaluate` runs a
    /// validation script with `$_` set to one element.
    func failure(_ value: Value, evaluate: (ScriptBlock, Value) throws -> Bool) throws -> String? {
        let items = value.isNull ? [] : value.enumeratedItems
        switch self {
        case .count(let min, let max):
            let count = value.isNull ? 0 : items.count
            guard count < min || count > max else { return nil }
            return min == max ? "The parameter requires exactly \(min) value(s) - \(count) value(s) were provided."
                : "The parameter requires at least \(min) value(s) and no more than \(max) value(s) - \(count) value(s) were provided."
        case .notNull:
            if value.isNull { return "The argument is null. Provide a valid value for the argument, and then try running the command again." }
            if case .array = value, items.contains(where: \.isNull) {
                return "The argument has a null value, or an element of the argument collection contains a null value. Provide a collection that does not contain any null values, and then try the command again."
            }
            return nil
        case .notNullOrWhiteSpace:
            if value.isNull || items.contains(where: { $0.isNull || Conversion.toString($0).allSatisfy(\.isWhitespace) }) {
                return "The argument is null, empty, or consists of only white-space characters. Provide an argument that contains non white-space characters, and then try the command again."
            }
            return nil
        default:
            break
        }
        if value.isNull { return "The argument is null. Provide a valid value for the argument, and then try running the command again." }
        for item in items {
            let text = Conversion.toString(item)
            switch self {
            case .length(let min, let max):
                if text.count < min {
                    return "The character length (\(text.count)) of the argument is too short. Specify an argument with a length that is greater than or equal to \"\(min)\", and then try the command again."
                }
                if text.count > max {
                    return "The character length (\(text.count)) of the argument is too long. Specify an argument with a length that is shorter than or equal to \"\(max)\", and then try the command again."
                }
            case .pattern(let pattern, let errorMessage):
                if !(try RegexObject(pattern: pattern, caseSensitive: false, at: nil).isMatch(text)) {
                    return Self.format(errorMessage, text, pattern)
                        ?? "The argument \"\(text)\" does not match the \"\(pattern)\" pattern. Supply an argument that matches \"\(pattern)\" and try the command again."
                }
            case .script(let block, let errorMessage):
                if !(try evaluate(block, item)) {
                    return Self.format(errorMessage, text, block.node.text)
                        ?? "The \"\(block.node.text)\" validation script for the argument with value \"\(text)\" did not return a result of True. Determine why the validation script failed, and then try the command again."
                }
            case .rangeKind(let kind):
                guard let number = Conversion.toNumber(item)?.doubleValue else { continue }
                switch kind.lowercased() {
                case "positive" where number <= 0:
                    return "The argument \"\(text)\" cannot be validated because its value is not greater than zero."
                case "nonnegative" where number < 0:
                    return "The argument \"\(text)\" cannot be validated because its value is not greater than or equal to zero."
                case "negative" where number >= 0:
                    return "The argument \"\(text)\" cannot be validated because its value is not less than zero."
                case "nonpositive" where number > 0:
                    return "The argument \"\(text)\" cannot be validated because its value is not less than or equal to zero."
                default:
                    break
                }
            default:
                break
            }
        }
        return nil
    }

    /// An attribute's `ErrorMessage`, with `{0}` the value and `{1}` the pattern or script.
    static func format(_ message: String?, _ value: String, _ detail: String) -> String? {
        message.map { $0.replacing("{0}", with: value).replacing("{1}", with: detail) }
    }
}

/// What a mandatory parameter accepts besides a value (all true for one
/// that is not mandatory).
public struct ParameterAllowance: Sendable {
    public var null = false
    public var emptyString = false
    public var emptyCollection = false
    public init() {}
}
