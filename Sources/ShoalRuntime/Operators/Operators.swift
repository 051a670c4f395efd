// Arithmetic with PowerShell's conversions: the left operand decides what
// `+` means (number, string, array, hashtable), strings convert to numbers
// when the left side is numeric, and integer overflow widens to double.

import ShoalSyntax

public enum Operators {
    /// PowerShell does Int32 arithmetic when both operands are Int32 and
    /// widens to Double when the result does not fit; Int64 arithmetic
    /// likewise widens to Double on overflow.
    @inline(__always)
    static func integerResult(_ a: Int, _ b: Int, _ result: Int, overflow: Bool, _ exact: @autoclosure () -> Double) -> Value {
        if overflow { return .double(exact()) }
        if result >= -2_147_483_648 && result <= 2_147_483_647 { return .int(result) }
        let bothInt32 = a >= -2_147_483_648 && a <= 2_147_483_647 && b >= -2_147_483_648 && b <= 2_147_483_647
        return bothInt32 ? .double(Double(result)) : .int(result)
    }

    static func operationError(_ op: String, _ left: Value, at span: SourceSpan?) -> ScriptError {
        ScriptError.runtime(
            "Method invocation failed because [\(Conversion.fullTypeName(of: left))] does not contain a method named '\(op)'.",
            id: "MethodNotFound", at: span, type: "System.Management.Automation.RuntimeException",
            category: .invalidOperation)
    }

    static func numberOrError(_ value: Value, for left: Value, at span: SourceSpan?) throws -> Value {
        if let number = Conversion.toNumber(value) { return number }
        let target = Conversion.fullTypeName(of: left)
        throw ScriptError.runtime(
            "Cannot convert value \"\(Conversion.toString(value))\" to type \"\(target)\". Error: \"Input string was not in a correct format.\"",
            id: "InvalidCastFromStringToInteger", at: span, type: "System.Management.Automation.PSInvalidCastException",
            category: .invalidArgument, target: value)
    }

    /// `left + right`.
    public static func add(_ left: Value, _ right: Value, at span: SourceSpan?) throws -> Value {
        switch left {
        case .int(let a):
            switch right {
            case .int(let b):
                let (sum, overflow) = a.addingReportingOverflow(b)
                return integerResult(a, b, sum, overflow: overflow, Double(a) + Double(b))
            case .double(let b): return .double(Double(a) + b)
            default:
                if let typed = try NumberValue.arithmetic(.add, left, right.unwrapped, at: span) { return typed }
                return try add(left, numberOrError(right, for: left, at: span), at: span)
            }
        case .double(let a):
            switch right {
            case .int(let b): return .double(a + Double(b))
            case .double(let b): return .double(a + b)
            default:
                if let typed = try NumberValue.arithmetic(.add, left, right.unwrapped, at: span) { return typed }
                return try add(left, numberOrError(right, for: left, at: span), at: span)
            }
        case .native(let number as NumberValue):
            return try NumberValue.arithmetic(.add, .native(number), right.unwrapped, at: span)!
        case .string(let a):
            return .string(a + Conversion.toString(right))
        case .null:
            if case .array = right { return right }
            return right
        case .bool(let b):
            return try add(.int(b ? 1 : 0), right, at: span)
        case .array(let array):
            var items = array.items
            switch right {
            case .array(let other): items.append(contentsOf: other.items)
            default: items.append(right)
            }
            return .list(items)
        case .hashtable(let table):
            guard case .hashtable(let other) = right else { throw operationError("op_Addition", left, at: span) }
            let result = table.copy()
            for (key, value) in other.entries {
                if result[key] != nil {
                    throw ScriptError.runtime(
                        "Item has already been added. Key in dictionary: '\(Conversion.toString(key))'  Key being added: '\(Conversion.toString(key))'",
                        id: "System.ArgumentException", at: span, type: "System.ArgumentException", category: .notSpecified)
                }
                result[key] = value
            }
            return .hashtable(result)
        case .native(let date as DateTimeValue):
            if case .native(let delta as TimeSpanValue) = right { return .native(try DateTimeValue.checked(date.ticks.addingReportingOverflow(delta.ticks), at: span)) }
            throw operationError("op_Addition", left, at: span)
        case .native(let a as TimeSpanValue):
            if case .native(let b as TimeSpanValue) = right { return .native(try TimeSpanValue.checked(a.ticks.addingReportingOverflow(b.ticks), at: span)) }
            throw operationError("op_Addition", left, at: span)
        case .native(let list as ListObject):
            return .list(list.items + right.enumeratedItems)
        case .native(let c as CharValue):
            return try add(.int(Int(c.scalar.value)), right, at: span)
        case .object(let object) where object.baseValue != nil:
            return try add(left.unwrapped, right.unwrapped, at: span)
        default:
            throw operationError("op_Addition", left, at: span)
        }
    }

    /// `-`, `*`, `/` or `%` of two integers, widening as PowerShell does.
    static func integerArithmetic(_ op: BinaryOperator, _ x: Int, _ y: Int, at span: SourceSpan?) throws -> Value {
        switch op {
        case .subtract:
            let (r, o) = x.subtractingReportingOverflow(y)
            return integerResult(x, y, r, overflow: o, Double(x) - Double(y))
        case .multiply:
            let (r, o) = x.multipliedReportingOverflow(by: y)
            return integerResult(x, y, r, overflow: o, Double(x) * Double(y))
        case .divide:
            if y == 0 { throw divideByZero(span) }
            // (Int.min % -1 traps too, so the overflow case is tested first.)
            if !(x == Int.min && y == -1), x % y == 0 { return .int(x / y) }
            return .double(Double(x) / Double(y))
        default:
            if y == 0 { throw divideByZero(span) }
            if x == Int.min && y == -1 { return .int(0) }
            return .int(x % y)
        }
    }

    /// The most elements `*` builds an array of: 2^27, some 2 GiB of values,
    /// far past what scripts build this way and short of exhausting memory.
    public static let maximumArrayLength = 1 << 27

    static func outOfMemory(_ message: String, _ span: SourceSpan?) -> ScriptError {
        ScriptError.runtime(message, id: "System.OutOfMemoryException", at: span, type: "System.OutOfMemoryException",
                            category: .notSpecified)
    }

    /// `-`, `*`, `/`, `%` on numbers (and `*` on strings and arrays).
    public static func arithmetic(_ op: BinaryOperator, _ left: Value, _ right: Value, at span: SourceSpan?) throws -> Value {
        // Two integers, the common case, need none of the conversions below.
        if case .int(let x) = left, case .int(let y) = right { return try integerArithmetic(op, x, y, at: span) }
        let left = left.unwrapped, right = right.unwrapped
        if op == .multiply {
            switch left {
            case .string(let s):
                let count = try TypeConversion.toInteger(right, "System.Int32", span)
                guard count > 0 else { return .string("") }
                // .NET's longest string; shoal's limit too, rather than an allocation that kills the process.
                let length = s.utf16.count.multipliedReportingOverflow(by: count)
                guard !length.overflow, length.partialValue <= 1_073_741_791 else {
                    throw outOfMemory("Insufficient memory to continue the execution of the program.", span)
                }
                return .string(String(repeating: s, count: count))
            case .array(let array):
                let count = try TypeConversion.toInteger(right, "System.Int32", span)
                guard count > 0 else { return .list([]) }
                let total = array.items.count.multipliedReportingOverflow(by: count)
                guard !total.overflow, total.partialValue <= Operators.maximumArrayLength else {
                    throw outOfMemory("Array dimensions exceeded supported range.", span)
                }
                var items: [Value] = []
                items.reserveCapacity(total.partialValue)
                for _ in 0..<count { items.append(contentsOf: array.items) }
                return .list(items)
            default: break
            }
        }
        if op == .subtract {
            if case .native(let date as DateTimeValue) = left {
                if case .native(let other as DateTimeValue) = right { return .native(try TimeSpanValue.checked(date.ticks.subtractingReportingOverflow(other.ticks), at: span)) }
                if case .native(let delta as TimeSpanValue) = right { return .native(try DateTimeValue.checked(date.ticks.subtractingReportingOverflow(delta.ticks), at: span)) }
            }
            if case .native(let a as TimeSpanValue) = left, case .native(let b as TimeSpanValue) = right {
                return .native(try TimeSpanValue.checked(a.ticks.subtractingReportingOverflow(b.ticks), at: span))
            }
        }
        let symbol: String = switch op {
        case .subtract: "op_Subtraction"
        case .multiply: "op_Multiply"
        case .divide: "op_Division"
        default: "op_Modulus"
        }
        if let typed = try NumberValue.arithmetic(op, left, right, at: span) { return typed }
        guard let a = Conversion.toNumber(left) else { throw operationError(symbol, left, at: span) }
        let b = try numberOrError(right, for: left, at: span)
        if case .int(let x) = a, case .int(let y) = b { return try integerArithmetic(op, x, y, at: span) }
        let x = a.doubleValue, y = b.doubleValue
        switch op {
        case .subtract: return .double(x - y)
        case .multiply: return .double(x * y)
        case .divide:
            if y == 0 { throw divideByZero(span) }
            return .double(x / y)
        default:
            if y == 0 { throw divideByZero(span) }
            return .double(x.truncatingRemainder(dividingBy: y))
        }
    }

    static func divideByZero(_ span: SourceSpan?) -> ScriptError {
        ScriptError.runtime("Attempted to divide by zero.", id: "RuntimeException", at: span,
                            type: "System.DivideByZeroException", category: .notSpecified)
    }

    public static func bitwise(_ op: BinaryOperator, _ left: Value, _ right: Value, at span: SourceSpan?) throws -> Value {
        let a = try TypeConversion.toInteger(left, "System.Int64", span)
        let b = try TypeConversion.toInteger(right, "System.Int64", span)
        // An enumeration's flags combine into a value of the enumeration, as in .NET.
        if case .native(let flags as EnumValue) = left.unwrapped, op == .band || op == .bor || op == .bxor {
            return .native(EnumValue(flags.type, op == .band ? a & b : op == .bor ? a | b : a ^ b))
        }
        switch op {
        case .band: return .int(a & b)
        case .bor: return .int(a | b)
        case .bxor: return .int(a ^ b)
        case .shl: return .int(a << b)
        default: return .int(a >> b)
        }
    }

    /// `a..b` on integers or single characters.
    public static func range(_ left: Value, _ right: Value, at span: SourceSpan?) throws -> Value {
        // `[char]'a'..[char]'c'`: characters, as pwsh 7 gives them.
        if case .native(let a as CharValue) = left, case .native(let b as CharValue) = right {
            return try range(.string(String(a.scalar)), .string(String(b.scalar)), at: span)
        }
        if case .string(let a) = left, case .string(let b) = right, a.unicodeScalars.count == 1, b.unicodeScalars.count == 1,
           Int(a) == nil, Int(b) == nil {
            let x = Int(a.unicodeScalars.first!.value), y = Int(b.unicodeScalars.first!.value)
            let values = stride(from: x, through: y, by: x <= y ? 1 : -1).compactMap { Unicode.Scalar(UInt32($0)) }
            return .list(values.map { .native(CharValue($0)) })
        }
        let a = try TypeConversion.toInteger(left, "System.Int32", span)
        let b = try TypeConversion.toInteger(right, "System.Int32", span)
        if abs(b - a) > 50_000_000 {
            throw ScriptError.runtime("The range is too large: \(a)..\(b) holds more than 50,000,000 numbers.",
                                      id: "RangeTooBig", at: span, category: .invalidOperation)
        }
        var items: [Value] = []
        items.reserveCapacity(abs(b - a) + 1)
        for n in stride(from: a, through: b, by: a <= b ? 1 : -1) { items.append(.int(n)) }
        return .list(items)
    }
}

extension Value {
    var doubleValue: Double {
        switch self {
        case .int(let n): return Double(n)
        case .double(let d): return d
        default: return 0
        }
    }
}
