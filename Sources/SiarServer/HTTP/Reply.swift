import Foundation
import Hummingbird

/// The responses the service sends, built in one place so that every one carries the right media type.
enum Reply {
    /// JSON with sorted keys and unescaped slashes.
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return bytes(Array(data) + [UInt8(ascii: "\n")], type: "application/json; charset=utf-8", status: status, headers: headers)
    }

    /// `{"error": message}`.
    static func error(_ message: String, status: HTTPResponse.Status, headers: HTTPFields = [:]) -> Response {
        json(["error": message], status: status, headers: headers)
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        bytes(Array(text.utf8), type: "text/html; charset=utf-8", status: status, headers: headers)
    }

    static func text(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        bytes(Array(text.utf8), type: "text/plain; charset=utf-8", status: status)
    }

    /// A CSV download named `fileName`.
    static func csv(_ text: String, fileName: String) -> Response {
        var headers = HTTPFields()
        headers[.contentDisposition] = "attachment; filename=\"\(fileName)\""
        return bytes(Array(text.utf8), type: "text/csv; charset=utf-8", status: .ok, headers: headers)
    }

    /// 303 See Other: where a browser goes after a form was handled.
    static func redirect(to location: String, headers: HTTPFields = [:]) -> Response {
        var headers = headers
        headers[.location] = location
        return Response(status: .seeOther, headers: headers)
    }

    static func bytes(
        _ bytes: some Collection<UInt8>, type: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]
    ) -> Response {
        var headers = headers
        headers[.contentType] = type
        var buffer = ByteBuffer()
        buffer.writeBytes(bytes)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: buffer))
    }

    /// The status of an error code from a store (401, 403, 404, 409, 413, 415, 422 or 500).
    static func status(_ code: Int) -> HTTPResponse.Status { HTTPResponse.Status(code: code) }
}
