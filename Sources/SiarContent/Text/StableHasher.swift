/// A 64-bit hash that is the same in every run and on every machine, for cache keys and fingerprints.
///
/// Swift's `Hasher` is seeded per process, so it cannot key a cache that outlives the process. This one
/// mixes 8 bytes at a time (multiply and xor-shift, as in SplitMix64) and is not cryptographic: it only
/// has to make accidental collisions between versions of the same file negligible.
public struct StableHasher: Sendable {
    private var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    private var length: UInt64 = 0

    public init() {}

    private mutating func mix(_ word: UInt64) {
        var x = (state ^ word) &* 0xBF58_476D_1CE4_E5B9
        x ^= x >> 31
        state = x &* 0x94D0_49BB_1331_11EB ^ (x >> 29)
    }

    /// Adds raw bytes.
    public mutating func combine(bytes: UnsafeRawBufferPointer) {
        let count = bytes.count
        var offset = 0
        while offset + 8 <= count {
            mix(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < count {
            tail |= UInt64(bytes[offset]) << shift
            shift += 8
            offset += 1
        }
        mix(tail ^ (UInt64(count) << 56) ^ 0xA5)
        length &+= UInt64(count)
    }

    public mutating func combine(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { combine(bytes: $0) }
    }

    public mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    public mutating func combine(_ value: UInt64) { mix(value ^ 0x51) }
    public mutating func combine(_ value: Int) { mix(UInt64(bitPattern: Int64(value)) ^ 0x52) }
    public mutating func combine(_ value: Bool) { mix(value ? 0x53 : 0x54) }

    /// The hash of everything combined so far.
    public func finalize() -> UInt64 {
        var x = state ^ length
        x = (x ^ (x >> 30)) &* 0xBF58_476D_1CE4_E5B9
        x = (x ^ (x >> 27)) &* 0x94D0_49BB_1331_11EB
        return x ^ (x >> 31)
    }

    /// The hash of one byte array.
    public static func hash(_ bytes: [UInt8]) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(bytes)
        return hasher.finalize()
    }

    /// The hash of one string's UTF-8 bytes.
    public static func hash(_ text: String) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(text)
        return hasher.finalize()
    }
}
