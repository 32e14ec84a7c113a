/// The fields of a submitted form (`application/x-www-form-urlencoded`, or the text parts of a
/// `multipart/form-data` body), by name; the first value wins when a name repeats.
struct FormFields: Sendable, Equatable {
    private(set) var values: [String: String] = [:]

    init(_ values: [String: String] = [:]) {
        self.values = values
    }

    /// Parses `a=1&b=x+y&c=%C3%A9`; invalid escapes are kept as written.
    ///
    /// - Throws: ``BadRequest`` when a name or value is not UTF-8 once decoded (no browser sends that).
    init(urlEncoded bytes: [UInt8]) throws {
        for pair in bytes.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            let name = try Self.text(Self.decode(parts[0]))
            let value = try parts.count > 1 ? Self.text(Self.decode(parts[1])) : ""
            if values[name] == nil { values[name] = value }
        }
    }

    /// `bytes` as UTF-8 text; throws ``BadRequest`` when they are not.
    static func text(_ bytes: [UInt8]) throws -> String {
        // Decoding replaces invalid sequences with U+FFFD, so only valid UTF-8 comes back unchanged.
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.utf8.elementsEqual(bytes) else {
            throw BadRequest(message: "the form is not valid UTF-8; send it as a browser does (UTF-8, percent-encoded)")
        }
        return text
    }

    subscript(_ name: String) -> String { values[name] ?? "" }

    mutating func set(_ name: String, _ value: String) {
        if values[name] == nil { values[name] = value }
    }

    /// `+` is a space, `%XX` a byte.
    static func decode(_ bytes: some Collection<UInt8>) -> [UInt8] {
        let input = Array(bytes)
        var output: [UInt8] = []
        output.reserveCapacity(input.count)
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == UInt8(ascii: "+") {
                output.append(UInt8(ascii: " "))
            } else if byte == UInt8(ascii: "%"), index + 2 < input.count,
                let high = hexValue(input[index + 1]), let low = hexValue(input[index + 2])
            {
                output.append(high << 4 | low)
                index += 2
            } else {
                output.append(byte)
            }
            index += 1
        }
        return output
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
