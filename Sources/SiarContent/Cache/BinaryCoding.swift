/// A compact binary encoding for build caches: LEB128 integers, length-prefixed UTF-8 strings.
///
/// Caches hold tens of thousands of records and are read on every build, where `JSONDecoder` would cost
/// more than the work they save. The format carries no type information: a reader must read exactly what
/// the writer wrote, in the same order. Files wrap it in ``BinaryCoding/seal(_:magic:)`` so that a truncated
/// or corrupted file is recognised before any field is decoded.
public struct BinaryWriter: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    public mutating func write(_ value: UInt64) {
        var rest = value
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Zig-zag encoded, so small negative numbers stay short.
    public mutating func write(_ value: Int) {
        let wide = Int64(value)
        write(UInt64(bitPattern: (wide << 1) ^ (wide >> 63)))
    }

    public mutating func write(_ value: Bool) { bytes.append(value ? 1 : 0) }

    /// Eight bytes, little-endian: for hashes, which LEB128 would only lengthen.
    public mutating func writeFixed(_ value: UInt64) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    public mutating func write(_ value: String) {
        var copy = value
        copy.withUTF8 { buffer in
            write(UInt64(buffer.count))
            bytes.append(contentsOf: buffer)
        }
    }

    public mutating func write(_ value: String?) {
        write(value != nil)
        if let value { write(value) }
    }

    public mutating func write(_ values: [String]) {
        write(UInt64(values.count))
        for value in values { write(value) }
    }
}

/// Reads what a ``BinaryWriter`` wrote; every read is bounds-checked and throws on malformed input, so a
/// damaged cache can only be rejected, never crash the build.
public struct BinaryReader: Sendable {
    /// Why a cache file was rejected.
    public struct Malformed: Error, Sendable {
        public init() {}
    }

    private let bytes: [UInt8]
    /// The position of the next read.
    public private(set) var offset: Int

    public init(_ bytes: [UInt8], offset: Int = 0) {
        self.bytes = bytes
        self.offset = offset
    }

    public var isAtEnd: Bool { offset == bytes.count }

    public mutating func readUInt64() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw Malformed() }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    public mutating func readInt() throws -> Int {
        let raw = try readUInt64()
        let wide = Int64(bitPattern: raw >> 1) ^ -Int64(bitPattern: raw & 1)
        guard let value = Int(exactly: wide) else { throw Malformed() }
        return value
    }

    /// An integer that must lie in `range`.
    public mutating func readInt(_ range: ClosedRange<Int>) throws -> Int {
        let value = try readInt()
        guard range.contains(value) else { throw Malformed() }
        return value
    }

    public mutating func readBool() throws -> Bool {
        guard offset < bytes.count, bytes[offset] <= 1 else { throw Malformed() }
        offset += 1
        return bytes[offset - 1] == 1
    }

    public mutating func readFixed() throws -> UInt64 {
        guard offset + 8 <= bytes.count else { throw Malformed() }
        var value: UInt64 = 0
        for index in 0..<8 { value |= UInt64(bytes[offset + index]) << UInt64(index * 8) }
        offset += 8
        return value
    }

    /// A count of items that each take at least one more byte: larger than what is left means damage.
    public mutating func readCount() throws -> Int {
        let count = try readUInt64()
        guard count <= UInt64(bytes.count - offset) else { throw Malformed() }
        return Int(count)
    }

    public mutating func readString() throws -> String {
        let count = try readCount()
        defer { offset += count }
        return bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[offset..<offset + count]), as: UTF8.self)
        }
    }

    public mutating func readOptionalString() throws -> String? {
        try readBool() ? try readString() : nil
    }

    public mutating func readStrings() throws -> [String] {
        let count = try readCount()
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try readString()) }
        return values
    }
}

/// The envelope of a cache file: magic bytes, a format version, the payload's length and hash.
public enum BinaryCoding {
    /// `payload` framed so that ``open(_:magic:)`` can tell a whole file from a damaged one.
    public static func seal(_ payload: [UInt8], magic: String) -> [UInt8] {
        header(for: payload, magic: magic) + payload
    }

    /// The bytes that go before `payload` in a sealed file (to write both without joining them).
    public static func header(for payload: [UInt8], magic: String) -> [UInt8] {
        var header = BinaryWriter(capacity: 64)
        header.write(magic)
        header.writeFixed(UInt64(payload.count))
        header.writeFixed(StableHasher.hash(payload))
        return header.bytes
    }

    /// A reader positioned at the payload of a sealed file, or nil when the magic, length or hash is wrong.
    public static func open(_ file: [UInt8], magic: String) -> BinaryReader? {
        var reader = BinaryReader(file)
        guard (try? reader.readString()) == magic, let length = try? reader.readFixed(), let hash = try? reader.readFixed(),
            length == UInt64(file.count - reader.offset)
        else { return nil }
        let payloadHash = file.withUnsafeBytes { buffer in
            var hasher = StableHasher()
            hasher.combine(bytes: UnsafeRawBufferPointer(rebasing: buffer[reader.offset...]))
            return hasher.finalize()
        }
        return payloadHash == hash ? reader : nil
    }
}
