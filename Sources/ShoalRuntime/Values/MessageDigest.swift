// The hash functions Get-FileHash offers (SHA1, SHA256, SHA384, SHA512,
// MD5), computed incrementally so a file of any size streams through in
// blocks. Written out here (FIPS 180-4, RFC 1321) rather than taken from a
// crypto library: the package depends on no crypto library, and these are
// only digests, never keys or signatures.

/// A streaming hash: `update` with bytes as they come, then `finish`.
public struct MessageDigest: Sendable {
    public enum Algorithm: String, CaseIterable, Sendable {
        case sha1 = "SHA1", sha256 = "SHA256", sha384 = "SHA384", sha512 = "SHA512", md5 = "MD5"

        /// Bytes per block: 64 for the 32-bit functions, 128 for SHA-384/512.
        public var blockSize: Int { self == .sha384 || self == .sha512 ? 128 : 64 }
    }

    let algorithm: Algorithm
    private var words32: [UInt32]
    private var words64: [UInt64]
    private var pending: [UInt8] = []
    private var byteCount: UInt64 = 0

    public init(_ algorithm: Algorithm) {
        self.algorithm = algorithm
        switch algorithm {
        case .sha1: words32 = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0]; words64 = []
        case .md5: words32 = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476]; words64 = []
        case .sha256: words32 = MessageDigest.sha256Start; words64 = []
        case .sha384: words32 = []; words64 = MessageDigest.sha384Start
        case .sha512: words32 = []; words64 = MessageDigest.sha512Start
        }
        pending.reserveCapacity(algorithm.blockSize)
    }

    /// Adds bytes to the message.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        byteCount &+= UInt64(bytes.count)
        var index = bytes.startIndex
        let size = algorithm.blockSize
        if !pending.isEmpty {
            let take = min(size - pending.count, bytes.count)
            pending.append(contentsOf: bytes[index..<(index + take)])
            index += take
            if pending.count == size {
                let block = pending
                block.withUnsafeBytes { compress($0) }
                pending.removeAll(keepingCapacity: true)
            }
        }
        while bytes.endIndex - index >= size {
            compress(UnsafeRawBufferPointer(rebasing: bytes[index..<(index + size)]))
            index += size
        }
        if index < bytes.endIndex { pending.append(contentsOf: bytes[index...]) }
    }

    /// Pads the message, and returns the digest.
    public mutating func finish() -> [UInt8] {
        let size = algorithm.blockSize
        let lengthBytes = size == 128 ? 16 : 8
        let bits = byteCount &* 8
        var tail: [UInt8] = [0x80]
        while (pending.count + tail.count) % size != size - lengthBytes { tail.append(0) }
        var length = [UInt8](repeating: 0, count: lengthBytes)
        for index in 0..<8 {
            let byte = UInt8(truncatingIfNeeded: bits >> (8 * UInt64(index)))
            // MD5 stores the length little-endian, the SHA family big-endian.
            if algorithm == .md5 { length[index] = byte } else { length[lengthBytes - 1 - index] = byte }
        }
        let saved = byteCount
        (tail + length).withUnsafeBytes { update($0) }
        byteCount = saved
        switch algorithm {
        case .md5: return words32.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> (8 * UInt32($0))) } }
        case .sha1, .sha256: return words32.flatMap { word in (0..<4).reversed().map { UInt8(truncatingIfNeeded: word >> (8 * UInt32($0))) } }
        case .sha384, .sha512:
            let bytes = words64.flatMap { word in (0..<8).reversed().map { UInt8(truncatingIfNeeded: word >> (8 * UInt64($0))) } }
            return Array(bytes.prefix(algorithm == .sha384 ? 48 : 64))
        }
    }

    private mutating func compress(_ block: UnsafeRawBufferPointer) {
        switch algorithm {
        case .sha1: compressSHA1(block)
        case .sha256: compressSHA256(block)
        case .sha384, .sha512: compressSHA512(block)
        case .md5: compressMD5(block)
        }
    }

    private static func bigEndian32(_ block: UnsafeRawBufferPointer, _ index: Int) -> UInt32 {
        (0..<4).reduce(UInt32(0)) { $0 << 8 | UInt32(block[index * 4 + $1]) }
    }

    private mutating func compressSHA1(_ block: UnsafeRawBufferPointer) {
        var w = [UInt32](repeating: 0, count: 80)
        for t in 0..<16 { w[t] = MessageDigest.bigEndian32(block, t) }
        for t in 16..<80 { w[t] = (w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16]).rotatedLeft(1) }
        var (a, b, c, d, e) = (words32[0], words32[1], words32[2], words32[3], words32[4])
        for t in 0..<80 {
            let (f, k): (UInt32, UInt32) = switch t {
            case 0..<20: ((b & c) | (~b & d), 0x5a827999)
            case 20..<40: (b ^ c ^ d, 0x6ed9eba1)
            case 40..<60: ((b & c) | (b & d) | (c & d), 0x8f1bbcdc)
            default: (b ^ c ^ d, 0xca62c1d6)
            }
            let temp = a.rotatedLeft(5) &+ f &+ e &+ k &+ w[t]
            (e, d, c, b, a) = (d, c, b.rotatedLeft(30), a, temp)
        }
        for (index, value) in [a, b, c, d, e].enumerated() { words32[index] &+= value }
    }

    private mutating func compressSHA256(_ block: UnsafeRawBufferPointer) {
        let words = (0..<16).map { MessageDigest.bigEndian32(block, $0) }
        MessageDigest.compressSHA2(&words32, words, rounds: MessageDigest.sha256Rounds,
                                   small0: { $0.rotatedRight(7) ^ $0.rotatedRight(18) ^ ($0 >> 3) },
                                   small1: { $0.rotatedRight(17) ^ $0.rotatedRight(19) ^ ($0 >> 10) },
                                   big0: { $0.rotatedRight(2) ^ $0.rotatedRight(13) ^ $0.rotatedRight(22) },
                                   big1: { $0.rotatedRight(6) ^ $0.rotatedRight(11) ^ $0.rotatedRight(25) })
    }

    private mutating func compressSHA512(_ block: UnsafeRawBufferPointer) {
        let words = (0..<16).map { index in (0..<8).reduce(UInt64(0)) { $0 << 8 | UInt64(block[index * 8 + $1]) } }
        MessageDigest.compressSHA2(&words64, words, rounds: MessageDigest.sha512Rounds,
                                   small0: { $0.rotatedRight(1) ^ $0.rotatedRight(8) ^ ($0 >> 7) },
                                   small1: { $0.rotatedRight(19) ^ $0.rotatedRight(61) ^ ($0 >> 6) },
                                   big0: { $0.rotatedRight(28) ^ $0.rotatedRight(34) ^ $0.rotatedRight(39) },
                                   big1: { $0.rotatedRight(14) ^ $0.rotatedRight(18) ^ $0.rotatedRight(41) })
    }

    /// SHA-256 and SHA-512 differ only in word size, round count and the
    /// rotations of their four sigma functions.
    private static func compressSHA2<Word: FixedWidthInteger & UnsignedInteger>(
        _ state: inout [Word], _ firstWords: [Word], rounds: [Word],
        small0: (Word) -> Word, small1: (Word) -> Word, big0: (Word) -> Word, big1: (Word) -> Word
    ) {
        withUnsafeTemporaryAllocation(of: Word.self, capacity: rounds.count) { w in
            for t in 0..<16 { w[t] = firstWords[t] }
            for t in 16..<rounds.count { w[t] = w[t - 16] &+ small0(w[t - 15]) &+ w[t - 7] &+ small1(w[t - 2]) }
            var (a, b, c, d, e, f, g, h) = (state[0], state[1], state[2], state[3], state[4], state[5], state[6], state[7])
            for t in 0..<rounds.count {
                let temp1 = h &+ big1(e) &+ ((e & f) ^ (~e & g)) &+ rounds[t] &+ w[t]
                let temp2 = big0(a) &+ ((a & b) ^ (a & c) ^ (b & c))
                (h, g, f, e, d, c, b, a) = (g, f, e, d &+ temp1, c, b, a, temp1 &+ temp2)
            }
            for (index, value) in [a, b, c, d, e, f, g, h].enumerated() { state[index] &+= value }
        }
    }

    private static let md5Shifts: [UInt32] = [7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21]

    private mutating func compressMD5(_ block: UnsafeRawBufferPointer) {
        let m = (0..<16).map { index in (0..<4).reduce(UInt32(0)) { $0 | UInt32(block[index * 4 + $1]) << (8 * UInt32($1)) } }
        var (a, b, c, d) = (words32[0], words32[1], words32[2], words32[3])
        for i in 0..<64 {
            let (f, g): (UInt32, Int) = switch i {
            case 0..<16: ((b & c) | (~b & d), i)
            case 16..<32: ((d & b) | (~d & c), (5 * i + 1) % 16)
            case 32..<48: (b ^ c ^ d, (3 * i + 5) % 16)
            default: (c ^ (b | ~d), (7 * i) % 16)
            }
            let shift = MessageDigest.md5Shifts[(i / 16) * 4 + i % 4]
            let rotated = (a &+ f &+ MessageDigest.md5Sines[i] &+ m[g]).rotatedLeft(shift)
            (a, d, c, b) = (d, c, b, b &+ rotated)
        }
        words32[0] &+= a; words32[1] &+= b; words32[2] &+= c; words32[3] &+= d
    }
}

private extension UInt32 {
    func rotatedLeft(_ n: UInt32) -> UInt32 { (self << n) | (self >> (32 - n)) }
    func rotatedRight(_ n: UInt32) -> UInt32 { (self >> n) | (self << (32 - n)) }
}

private extension UInt64 {
    func rotatedRight(_ n: UInt64) -> UInt64 { (self >> n) | (self << (64 - n)) }
}

extension MessageDigest {
    static let sha256Rounds: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]
    static let sha256Start: [UInt32] = [
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    ]
    static let sha512Rounds: [UInt64] = [
        0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc,
        0x3956c25bf348b538, 0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118,
        0xd807aa98a3030242, 0x12835b0145706fbe, 0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2,
        0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235, 0xc19bf174cf692694,
        0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
        0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5,
        0x983e5152ee66dfab, 0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4,
        0xc6e00bf33da88fc2, 0xd5a79147930aa725, 0x06ca6351e003826f, 0x142929670a0e6e70,
        0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed, 0x53380d139d95b3df,
        0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
        0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30,
        0xd192e819d6ef5218, 0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8,
        0x19a4c116b8d2d0c8, 0x1e376c085141ab53, 0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8,
        0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373, 0x682e6ff3d6b2b8a3,
        0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
        0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b,
        0xca273eceea26619c, 0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178,
        0x06f067aa72176fba, 0x0a637dc5a2c898a6, 0x113f9804bef90dae, 0x1b710b35131c471b,
        0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc, 0x431d67c49c100d4c,
        0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817,
    ]
    static let sha512Start: [UInt64] = [
        0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
        0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
    ]
    static let sha384Start: [UInt64] = [
        0xcbbb9d5dc1059ed8, 0x629a292a367cd507, 0x9159015a3070dd17, 0x152fecd8f70e5939,
        0x67332667ffc00b31, 0x8eb44a8768581511, 0xdb0c2e0d64f98fa7, 0x47b5481dbefa4fa4,
    ]
    static let md5Sines: [UInt32] = [
        0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501,
        0x698098d8, 0x8b44f7af, 0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821,
        0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa, 0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8,
        0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8, 0x676f02d9, 0x8d2a4c8a,
        0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
        0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665,
        0xf4292244, 0x432aff97, 0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1,
        0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1, 0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
    ]
}
