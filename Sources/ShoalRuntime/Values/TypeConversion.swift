// Casts and parameter type constraints: `[int]"42"`, `[string[]]$x`,
// `[datetime]'2024-01-01'`. Failures are PowerShell's
// "Cannot convert value ..." errors.

import ShoalSyntax

public enum TypeConversion {
    /// Converts to the type written in a script (e.g. `int`, `string[]`).
    public static func convert(_ value: Value, to typeName: String, at span: SourceSpan?) throws -> Value {
        guard let full = TypeObject.resolve(typeName) else {
            throw ScriptError.runtime("Unable to find type [\(typeName)].", id: "TypeNotFound", at: span,
                                      category: .invalidOperation)
        }
        return try convert(value, toFullName: full, at: span)
    }

    static func failure(_ value: Value, _ full: String, _ reason: String, _ span: SourceSpan?,
                        id: String = "InvalidCastFromStringToInteger") -> ScriptError {
        let shown = Conversion.toString(value)
        let display = value.isNull ? "" : shown
        return ScriptError.runtime(
            "Cannot convert value \"\(display)\" to type \"\(full)\". Error: \"\(reason)\"",
            id: id, at: span,
            type: "System.Management.Automation.PSInvalidCastException", category: .invalidArgument, target: value)
    }

    public static func convert(_ value: Value, toFullName full: String, at span: SourceSpan?) throws -> Value {
        try convert(value, toFullName: full, enumeration: EnumType.named(full), at: span)
    }

    /// Converts to a type resolved beforehand (see ConversionTarget): a
    /// value that already is of the type is returned as it is.
    public static func convert(_ value: Value, to target: ConversionTarget, at span: SourceSpan?) throws -> Value {
        if target.holds(value) { return value }
        return try convert(value, toFullName: target.fullName, enumeration: target.enumeration, at: span)
    }

    private static func convert(_ value: Value, toFullName full: String, enumeration: EnumType?, at span: SourceSpan?) throws -> Value {
        if let enumeration {
            guard let converted = enumeration.convert(value.unwrappedSingle) else {
                throw failure(value, full, enumeration.mismatch(value), span)
            }
            return .native(converted)
        }
        // A cast to anything but PSObject sees an adorned value's base.
        let value = full == "System.Object" || full == "System.Management.Automation.PSObject" ? value : value.unwrapped
        switch full {
        case "System.Int32":
            let integer = try toInteger(value, full, span)
            guard integer >= Int(Int32.min), integer <= Int(Int32.max) else {
                throw failure(value, full, "Value was either too large or too small for an Int32.", span)
            }
            return .int(integer)
        case "System.Int64", "System.Int16", "System.Byte", "System.SByte", "System.UInt16", "System.UInt32", "System.UInt64",
             "System.Single", "System.Decimal", "System.Numerics.BigInteger":
            if case .native(let date as DateTimeValue) = value, full != "System.Decimal" { return try NumberValue.convert(.int(date.ticks), to: NumberValue.Kind(fullName: full)!, at: span) }
            return try NumberValue.convert(value, to: NumberValue.Kind(fullName: full)!, at: span)
        case "System.Double":
            if case .native(let date as DateTimeValue) = value { return .double(Double(date.ticks)) }
            guard let number = Conversion.toNumber(value.unwrappedSingle) else {
                throw failure(value, full, "Input string was not in a correct format.", span)
            }
            if case .int(let n) = number { return .double(Double(n)) }
            return number
        case "System.String":
            if value.isNull { return .string("") }
            return .string(Conversion.toString(value))
        case "System.Boolean":
            return .bool(Conversion.toBool(value))
        case "System.Guid":
            if case .native(let guid as GuidValue) = value { return .native(guid) }
            guard case .string(let text) = value.unwrappedSingle, let canonical = GuidValue.parse(text) else {
                throw failure(value, full, "Guid should contain 32 digits with 4 dashes (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).", span)
            }
            return .native(GuidValue(canonical))
        case "System.Char":
            switch value {
            case .string(let s) where s.unicodeScalars.count == 1: return .native(CharValue(s.unicodeScalars.first!))
            case .int(let n):
                if let scalar = Unicode.Scalar(UInt32(clamping: max(0, n))) { return .native(CharValue(scalar)) }
            case .native(let c as CharValue): return .native(c)
            case .native(let number as NumberValue):
                if case .int(let n) = number.plainNumber, let scalar = Unicode.Scalar(UInt32(clamping: max(0, n))) {
                    return .native(CharValue(scalar))
                }
            default: break
            }
            throw failure(value, full, "String must be exactly one character long.", span)
        case "System.Object", "System.Management.Automation.PSObject":
            return value
        case "System.Array", "System.Object[]":
            if case .array = value { return value }
            return .list(value.enumeratedItems)
        case "System.Void":
            return .null
        case NativeArgumentPassing.typeName:
            guard let style = NativeArgumentPassing(value) else {
                throw ScriptError.runtime(
                    "Cannot convert value \"\(Conversion.toString(value))\" to type \"\(full)\". Error: \"Unable to match the identifier name \(Conversion.toString(value)) to a valid enumerator name. Specify one of the following enumerator names and try again:\nLegacy, Standard, Windows\"",
                    id: "ArgumentTransformationMetadataException", at: span,
                    type: "System.Management.Automation.ArgumentTransformationMetadataException", category: .metadataError,
                    target: value)
            }
            return .string(style.rawValue)
        case "System.Collections.Hashtable":
            if case .hashtable = value { return value }
            throw failure(value, full, "Only hashtables convert to a hashtable.", span)
        case "System.Management.Automation.PSCustomObject":
            if case .hashtable(let table) = value {
                let object = PSObject()
                for (key, item) in table.entries { object.set(Conversion.toString(key), item) }
                return .object(object.takeTypeNameKey())
            }
            return value
        case "System.Management.Automation.ScriptBlock":
            if case .scriptBlock = value { return value }
            throw failure(value, full, "Only script blocks convert to a script block.", span)
        case "System.Management.Automation.SwitchParameter":
            return .native(SwitchParameterValue(Conversion.toBool(value)))
        case "System.DateTime":
            if case .native(let date as DateTimeValue) = value { return .native(date) }
            if case .string(let s) = value, let date = DateTimeValue.parse(s) { return .native(date) }
            throw failure(value, full, "String '\(Conversion.toString(value))' was not recognized as a valid DateTime.", span)
        case "System.Uri":
            if let uri = UriValue.of(value) { return .native(uri) }
            throw failure(value, full, "Invalid URI: The format of the URI could not be determined.", span, id: "InvalidCastConstructorException")
        case "System.Xml.XmlDocument":
            if case .native(let node as XmlNodeValue) = value.unwrapped, node.kind == .document { return value.unwrapped }
            // An array of lines (Get-Content's output) is one document, as pwsh joins it.
            let text = value.enumeratedItems.count > 1 ? value.enumeratedItems.map(Conversion.toString).joined(separator: "\n")
                : Conversion.toString(value)
            do {
                return .native(try XmlNodeValue.document(text))
            } catch {
                throw failure(value, full, error.description, span, id: "InvalidCastToXmlDocument")
            }
        case "System.Version":
            if let version = VersionValue.of(value) { return .native(version) }
            throw failure(value, full, "Version string portion was too short or too long.", span)
        case "System.TimeSpan":
            if case .native(let span as TimeSpanValue) = value { return .native(span) }
            if case .int(let ticks) = value { return .native(TimeSpanValue(ticks: ticks)) }
            if case .string(let s) = value, let parsed = TimeSpanValue.parse(s) { return .native(parsed) }
            throw failure(value, full, "String '\(Conversion.toString(value))' was not recognized as a valid TimeSpan.", span)
        case "System.Text.RegularExpressions.MatchEvaluator":
            // A delegate type: a script block stands for it, as pwsh converts one.
            if case .scriptBlock = value.unwrapped { return value.unwrapped }
            throw ScriptError.runtime("Cannot convert the \"\(Conversion.toString(value))\" value of type \"\(Conversion.fullTypeName(of: value))\" to type \"\(full)\".",
                                      id: "ConvertToFinalInvalidCastException", at: span,
                                      type: "System.Management.Automation.PSInvalidCastException", category: .invalidArgument, target: value)
        case "System.Text.RegularExpressions.Regex":
            if case .native(let regex as RegexObject) = value { return .native(regex) }
            return .native(try RegexObject(pattern: Conversion.toString(value), caseSensitive: false, at: span))
        case "System.Globalization.CultureInfo":
            if case .native(let culture as CultureInfo) = value { return .native(culture) }
            if case .int(let lcid) = value, let culture = CultureInfo.builtIn.first(where: { $0.lcid == lcid }) { return .native(culture) }
            do {
                return .native(try CultureInfo.named(Conversion.toString(value), at: span))
            } catch let error as ScriptError {
                // pwsh casts a string by calling the type's constructor.
                throw failure(value, full, error.record.message, span, id: "InvalidCastConstructorException")
            }
        case "System.Type":
            if case .native(let type as TypeObject) = value { return .native(type) }
            if case .string(let s) = value { return .native(TypeObject(name: s)) }
            throw failure(value, full, "Only type names convert to a type.", span)
        default:
            if full.hasSuffix("[]") {
                let element = String(full.dropLast(2))
                // [char[]]"abc" is the string's characters (UTF-16 code units in .NET).
                if element == "System.Char", case .string(let s) = value {
                    return .array(ArrayValue(s.unicodeScalars.map { .native(CharValue($0)) }, elementType: element))
                }
                let items = try value.enumeratedItems.map { try convert($0, toFullName: element, at: span) }
                return .array(ArrayValue(items, elementType: element))
            }
            if full == "System.Collections.Generic.List`1" || full == "System.Collections.ArrayList" {
                return .native(ListObject(value.enumeratedItems, isArrayList: full == "System.Collections.ArrayList"))
            }
            if TypeObject.madeByCommandsOnly.contains(full), !value.isNull, !(try Operators.isType(value, .string(full), at: span)) {
                throw failure(value, full, "shoal makes [\(full)] objects with Get-Item, Get-ChildItem or Get-Process, not by conversion.", span)
            }
            return value
        }
    }

    /// `value` as a whole number in `range`, for code that takes an Int (a byte to write, a count).
    public static func integer(_ value: Value, _ full: String, in range: ClosedRange<Int>, _ span: SourceSpan?) throws -> Int {
        let integer = try toInteger(value, full, span)
        guard range.contains(integer) else {
            throw failure(value, full, "Value was either too large or too small for \(full.dropFirst(7)).", span)
        }
        return integer
    }

    public static func toInteger(_ value: Value, _ full: String, _ span: SourceSpan?) throws -> Int {
        switch value.unwrappedSingle {
        case .int(let n): return n
        case .double(let d):
            guard d.isFinite, abs(d) < 9.2e18 else {
                throw failure(value, full, "Value was either too large or too small for \(full.dropFirst(7)).", span)
            }
            return Int(d.rounded(.toNearestOrEven))
        case .native(let c as CharValue): return Int(c.scalar.value)
        default:
            guard let number = Conversion.toNumber(value.unwrappedSingle) else {
                throw failure(value, full, "Input string was not in a correct format.", span)
            }
            if case .int(let n) = number { return n }
            if case .double(let d) = number, d.isFinite, abs(d) < 9.2e18 { return Int(d.rounded(.toNearestOrEven)) }
            throw failure(value, full, "Input string was not in a correct format.", span)
        }
    }
}

extension Value {
    /// A one-element array as its element (PowerShell converts `@(5)` to 5).
    var unwrappedSingle: Value {
        if case .array(let array) = self, array.items.count == 1 { return array.items[0].unwrapped }
        return unwrapped
    }
}

/// A type name resolved once, for values converted to it again and again
/// (a typed parameter): converting then looks nothing up by name.
public final class ConversionTarget: Sendable {
    public let fullName: String
    let enumeration: EnumType?
    let primitive: Primitive

    /// The types whose values a conversion can hand back unchanged.
    enum Primitive: Sendable {
        case integer(low: Int, high: Int)
        case double, string, boolean, other

        /// Whether `value` already is of this type.
        @inline(__always)
        func holds(_ value: Value) -> Bool {
            switch (self, value) {
            case (.integer(let low, let high), .int(let n)): return n >= low && n <= high
            case (.double, .double), (.string, .string), (.boolean, .bool): return true
            default: return false
            }
        }
    }

    /// Nil when no type of this name is known (converting then reports
    /// TypeNotFound, as a conversion by name does).
    public init?(typeName: String) {
        guard let full = TypeObject.resolve(typeName) else { return nil }
        fullName = full
        enumeration = EnumType.named(full)
        switch full {
        case "System.Int32": primitive = .integer(low: Int(Int32.min), high: Int(Int32.max))
        case "System.Double": primitive = .double
        case "System.String": primitive = .string
        case "System.Boolean": primitive = .boolean
        default: primitive = .other
        }
    }

    /// A type (or array of one) whose values are NumberValues: Int64, Byte, Decimal, ...
    var isTypedNumber: Bool {
        NumberValue.Kind(fullName: fullName.hasSuffix("[]") ? String(fullName.dropLast(2)) : fullName) != nil
    }

    /// Whether `value` already is of the type, so converting hands it back.
    @inline(__always)
    func holds(_ value: Value) -> Bool { primitive.holds(value) }
}
