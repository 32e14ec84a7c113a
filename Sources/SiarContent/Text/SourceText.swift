/// The text of a content file, decoded the way every loader needs it.
///
/// A UTF-8 byte-order mark is dropped and CRLF or lone CR line ends become LF, so line numbers in
/// diagnostics match what an editor shows. Invalid UTF-8 is refused with the line of the first bad byte.
public enum SourceText {
    /// Decodes `bytes` or returns the diagnostic that explains why it cannot.
    public static func decode(_ bytes: [UInt8], path: String) -> Result<String, Diagnostic> {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        let content = bytes[start...]
        let normalized = normalizedLineEnds(content)
        let text = String(decoding: normalized, as: UTF8.self)
        // Decoding replaces invalid bytes with U+FFFD (itself valid UTF-8), so the text has other bytes
        // exactly when the file is not valid UTF-8: the stdlib's fast check spares the scalar-by-scalar
        // scan below on every file that is fine, which is nearly all of them. Line ends are ASCII and
        // change nothing about validity.
        if text.utf8.elementsEqual(normalized) { return .success(text) }
        guard let bad = firstInvalidByte(in: content) else { return .success(text) }
        let line = 1 + lineBreaks(in: content[..<bad])
        return .failure(Diagnostic(.invalidUTF8(byteOffset: bad), at: SourceLocation(path: path, line: line)))
    }

    /// The index of the first byte that does not belong to valid UTF-8, if any.
    static func firstInvalidByte(in bytes: ArraySlice<UInt8>) -> Int? {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = bytes.startIndex
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return nil
            case .error: return offset
            }
        }
    }

    /// LF, CRLF and lone CR each end one line, as in ``normalizedLineEnds(_:)``.
    static func lineBreaks(in bytes: ArraySlice<UInt8>) -> Int {
        var count = 0
        var previousWasCR = false
        for byte in bytes {
            if byte == UInt8(ascii: "\r") || (byte == UInt8(ascii: "\n") && !previousWasCR) { count += 1 }
            previousWasCR = byte == UInt8(ascii: "\r")
        }
        return count
    }

    static func normalizedLineEnds(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        let cr = UInt8(ascii: "\r")
        let lf = UInt8(ascii: "\n")
        guard bytes.contains(cr) else { return Array(bytes) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var previousWasCR = false
        for byte in bytes {
            if byte == cr {
                out.append(lf)
                previousWasCR = true
                continue
            }
            if !(byte == lf && previousWasCR) { out.append(byte) }
            previousWasCR = false
        }
        return out
    }
}
