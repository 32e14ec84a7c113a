import SiarContent

/// A `multipart/form-data` body (RFC 7578) split into its parts: the forms with a file upload send it.
///
/// ```swift
/// let parts = try MultipartForm.parse(bytes, boundary: "----b")
/// let fields = MultipartForm.fields(of: parts)        // the text parts
/// let file = parts.first { $0.name == "evidence_file" }
/// ```
enum MultipartForm {
    struct Part: Sendable, Equatable {
        /// The `name` of the form field.
        var name: String
        /// The `filename` the browser sent for a file field (empty when no file was chosen).
        var fileName: String?
        var contentType: String?
        var body: [UInt8]
    }

    /// Why a body is not a valid multipart form.
    struct Malformed: ServiceError, Equatable {
        let reason: String

        var status: Int { 400 }
        var message: String { "the form could not be read: \(reason)" }
    }

    static let maximumParts = 64
    static let maximumHeaderBytes = 8 * 1024

    /// The parts of `bytes`, in order.
    static func parse(_ bytes: [UInt8], boundary: String) throws -> [Part] {
        guard (1...70).contains(boundary.utf8.count) else { throw Malformed(reason: "the boundary must have 1 to 70 characters") }
        let dashBoundary = Array(("--" + boundary).utf8)
        let delimiter = Array(("\r\n--" + boundary).utf8)
        var position: Int
        if bytes.starts(with: dashBoundary) {
            position = dashBoundary.count
        } else if let found = search(delimiter, in: bytes, from: 0) {
            position = found + delimiter.count
        } else {
            throw Malformed(reason: "no boundary line")
        }
        var parts: [Part] = []
        while true {
            if bytes[position...].starts(with: Array("--".utf8)) { return parts }
            while position < bytes.count, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t") {
                position += 1
            }
            guard bytes[position...].starts(with: crlf) else { throw Malformed(reason: "a boundary line is not followed by a line break") }
            position += 2
            guard parts.count < maximumParts else { throw Malformed(reason: "more than \(maximumParts) parts") }
            guard !bytes[position...].starts(with: crlf) else { throw Malformed(reason: "a part has no headers") }
            guard let headerEnd = search(crlf + crlf, in: bytes, from: position, limit: maximumHeaderBytes) else {
                throw Malformed(reason: "a part has no end of its headers")
            }
            let headers = String(decoding: bytes[position..<headerEnd], as: UTF8.self)
            let contentStart = headerEnd + 4
            guard let contentEnd = search(delimiter, in: bytes, from: contentStart) else {
                throw Malformed(reason: "the last part is not closed by a boundary")
            }
            parts.append(try part(headers: headers, body: Array(bytes[contentStart..<contentEnd])))
            position = contentEnd + delimiter.count
        }
    }

    /// The text parts (those without a file name) as form fields.
    ///
    /// - Throws: ``Malformed`` when a text part is not UTF-8.
    static func fields(of parts: [Part]) throws -> FormFields {
        var fields = FormFields()
        for part in parts where part.fileName == nil {
            do {
                fields.set(part.name, try FormFields.text(part.body))
            } catch {
                throw Malformed(reason: "the field '\(part.name)' is not valid UTF-8")
            }
        }
        return fields
    }

    // MARK: Steps

    private static let crlf: [UInt8] = [13, 10]

    private static func part(headers: String, body: [UInt8]) throws -> Part {
        var name: String?
        var fileName: String?
        var contentType: String?
        for line in headers.split(separator: "\r\n") {
            guard let colon = line.firstIndex(of: ":") else { throw Malformed(reason: "a part header has no ':'") }
            let key = line[..<colon].trimmingWhitespace.lowercased()
            let value = String(line[line.index(after: colon)...]).trimmingWhitespace
            switch key {
            case "content-disposition":
                let parameters = self.parameters(value)
                guard parameters.first?.key.lowercased() == "form-data" else {
                    throw Malformed(reason: "a part is not 'form-data'")
                }
                name = parameters.first { $0.key.lowercased() == "name" }?.value
                fileName = parameters.first { $0.key.lowercased() == "filename" }?.value
            case "content-type":
                contentType = value
            default:
                continue
            }
        }
        guard let name else { throw Malformed(reason: "a part has no field name") }
        return Part(name: name, fileName: fileName, contentType: contentType, body: body)
    }

    /// `form-data; name="a"; filename="b;c.png"` → `[("form-data", ""), ("name", "a"), ("filename", "b;c.png")]`.
    static func parameters(_ header: String) -> [(key: String, value: String)] {
        var items: [String] = []
        var current = ""
        var quoted = false
        var escaped = false
        for character in header {
            if escaped {
                current.append(character)
                escaped = false
            } else if quoted, character == "\\" {
                escaped = true
            } else if character == "\"" {
                quoted.toggle()
            } else if character == ";", !quoted {
                items.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        items.append(current)
        return items.map { item in
            let pair = item.split(separator: "=", maxSplits: 1).map { String($0).trimmingWhitespace }
            return (key: pair.first ?? "", value: pair.count > 1 ? pair[1] : "")
        }
    }

    /// The first index of `needle` in `haystack` at or after `start`, looking at most `limit` bytes on.
    static func search(_ needle: [UInt8], in haystack: [UInt8], from start: Int, limit: Int = .max) -> Int? {
        guard let first = needle.first, !needle.isEmpty else { return nil }
        let end = min(haystack.count - needle.count, start.addingReportingOverflow(limit).overflow ? .max : start + limit)
        var index = start
        while index <= end {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
