// The random number generator Get-Random draws from: one per runspace, as
// PowerShell keeps one per runspace, so that -SetSeed makes the rest of a
// script's sequence repeatable. It is xoshiro256** seeded through
// SplitMix64; sequences differ from .NET's, only the contract is the same.

import ShoalRuntime

final class RandomGenerator: NativeObject {
    private var state: (UInt64, UInt64, UInt64, UInt64)

    init(seed: UInt64) {
        var mixer = seed
        func splitMix() -> UInt64 {
            mixer &+= 0x9E37_79B9_7F4A_7C15
            var z = mixer
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        state = (splitMix(), splitMix(), splitMix(), splitMix())
    }

    var typeName: String { "System.Random" }
    var stringValue: String { typeName }
    func property(_ name: String) -> Value? { nil }

    func next() -> UInt64 {
        func rotate(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }
        let result = rotate(state.1 &* 5, 7) &* 9
        let t = state.1 << 17
        state.2 ^= state.0
        state.3 ^= state.1
        state.1 ^= state.2
        state.0 ^= state.3
        state.2 ^= t
        state.3 = rotate(state.3, 45)
        return result
    }

    /// Uniform in [minimum, maximum), by rejection so no value is favoured.
    func integer(from minimum: Int, below maximum: Int) -> Int {
        let span = UInt64(bitPattern: Int64(maximum &- minimum))
        let limit = UInt64.max - UInt64.max % span
        var draw = next()
        while draw >= limit { draw = next() }
        return minimum &+ Int(truncatingIfNeeded: draw % span)
    }

    /// Uniform in [0, 1) with 53 random bits.
    func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    /// Uniform in [minimum, maximum); retries when rounding lands on the bound.
    func double(from minimum: Double, below maximum: Double) -> Double {
        let width = maximum - minimum
        var result: Double
        repeat {
            let r = unit()
            result = width.isInfinite ? minimum + r * maximum - r * minimum : minimum + r * width
        } while result >= maximum
        return result
    }

    /// Where a runspace keeps its generator: a global variable whose name
    /// no script can write, so Get-Variable leaves it out.
    static let variableKey = "shoal:random"

    static func forRunspace(_ runspace: Runspace) -> RandomGenerator {
        if case .native(let existing as RandomGenerator)? = runspace.globalScope.localBox(variableKey)?.value { return existing }
        var system = SystemRandomNumberGenerator()
        let generator = RandomGenerator(seed: system.next())
        runspace.globalScope.setLocal(variableKey, .native(generator))
        return generator
    }

    static func reseed(_ runspace: Runspace, seed: Int) -> RandomGenerator {
        let generator = RandomGenerator(seed: UInt64(bitPattern: Int64(seed)))
        runspace.globalScope.setLocal(variableKey, .native(generator))
        return generator
    }
}
