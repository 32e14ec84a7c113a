/// A 64-bit hash that is the same in every process, on every run and on every machine.
///
/// Swift's `Hasher` is seeded per process, so it cannot key anything stored on disk; build caches use this
/// instead. Every value is fed in with its length or kind, so `("ab", "c")` and `("a", "bc")` differ.
/// Bytes are consumed eight at a time and mixed with a 64×64→128-bit multiply (the wyhash construction),
/// fast enough to hash every release file of a large site on each build.
///
/// ```swift
/// var hasher = StableHasher()
/// hasher.combine("berita/rakor-bima/index.html")
/// hasher.combine(42)
/// let key = hasher.finalize()
/// ```
public struct StableHasher: Sendable {
    private static let secret0: UInt64 = 0xa076_1d64_78bd_642f
    private static let secret1: UInt64 = 0xe703_7ed1_a0b4_28db
    private static let secret2: UInt64 = 0x8ebc_6af0_9c88_c6e3

    private var state: UInt64

    public init(seed: UInt64 = 0) {
        state = seed ^ Self.secret0
    }

    /// The hash of `bytes` alone.
    public static func hash(_ bytes: [UInt8]) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(bytes: bytes)
        return hasher.finalize()
    }

    public mutating func combine(_ value: UInt64) {
        state = Self.mix(state ^ value ^ Self.secret1, Self.secret2 ^ 0x51)
    }

    public mutating func combine(_ value: Int) { combine(UInt64(bitPattern: Int64(value))) }

    public mutating func combine(_ value: Bool) { combine(value ? 0xB1 as UInt64 : 0xB0) }

    public mutating func combine(_ value: String) {
        var copy = value
        copy.withUTF8 { combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// An optional: absent and present values never collide.
    public mutating func combine(_ value: String?) {
        if let value {
            combine(1 as UInt64)
            combine(value)
        } else {
            combine(0 as UInt64)
        }
    }

    public mutating func combine(_ values: [String]) {
        combine(values.count)
        for value in values { combine(value) }
    }

    public mutating func combine(bytes: [UInt8]) {
        bytes.withUnsafeBytes { combine(bytes: $0) }
    }

    /// Hashes the length, then every 8-byte word, then the remaining bytes packed into one word.
    public mutating func combine(bytes: UnsafeRawBufferPointer) {
        let count = bytes.count
        var h = Self.mix(state ^ UInt64(count) ^ Self.secret2, Self.secret0)
        var offset = 0
        while offset + 16 <= count {
            let a = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            let b = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
            h = Self.mix(a ^ Self.secret1 ^ h, b ^ Self.secret2)
            offset += 16
        }
        if offset + 8 <= count {
            let a = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            h = Self.mix(a ^ Self.secret1 ^ h, Self.secret0)
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < count {
            tail |= UInt64(bytes[offset]) << shift
            shift += 8
            offset += 1
        }
        state = Self.mix(h ^ tail ^ Self.secret0, Self.secret1 ^ UInt64(count))
    }

    public func finalize() -> UInt64 {
        Self.mix(state ^ Self.secret2, Self.secret1)
    }

    /// Folds the 128-bit product of `a` and `b` into 64 bits.
    @inline(__always)
    private static func mix(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let product = a.multipliedFullWidth(by: b)
        return product.high ^ product.low
    }
}
