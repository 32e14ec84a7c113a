import Hummingbird
import NIOCore
import SiarContent

/// Reads request bodies with a limit, refusing early what is announced too large.
enum RequestBodyReader {
    /// Why a body was not read.
    enum Problem: ServiceError, Equatable {
        /// More bytes than `limit` (413).
        case tooLarge(limit: Int)
        /// A media type the route does not take (415).
        case unsupportedType(String?, expected: [String])

        var status: Int {
            switch self {
            case .tooLarge: 413
            case .unsupportedType: 415
            }
        }

        var message: String {
            switch self {
            case .tooLarge(let limit):
                "the request body is larger than \(limit) bytes; send less"
            case .unsupportedType(let type, let expected):
                "the request body has media type '\(type ?? "none")'; send "
                    + expected.map { "'\($0)'" }.joined(separator: " or ")
            }
        }
    }

    /// The whole body, at most `limit` bytes.
    static func bytes(of request: Request, limit: Int) async throws -> [UInt8] {
        if let announced = request.headers[.contentLength].flatMap({ Int($0) }), announced > limit {
            throw Problem.tooLarge(limit: limit)
        }
        do {
            var buffer = try await request.body.collect(upTo: limit)
            return buffer.readBytes(length: buffer.readableBytes) ?? []
        } catch is NIOTooManyBytesError {
            throw Problem.tooLarge(limit: limit)
        }
    }

    /// The media type of the body without parameters, lowercased (`application/json`).
    static func mediaType(of request: Request) -> String? {
        guard let header = request.headers[.contentType] else { return nil }
        let type = header.split(separator: ";", maxSplits: 1).first.map(String.init) ?? header
        return type.trimmingWhitespace.lowercased()
    }

    /// A parameter of the `Content-Type` header, such as `boundary`.
    static func parameter(_ name: String, of request: Request) -> String? {
        guard let header = request.headers[.contentType] else { return nil }
        for part in header.split(separator: ";").dropFirst() {
            let pair = part.split(separator: "=", maxSplits: 1).map { String($0).trimmingWhitespace }
            guard pair.count == 2, pair[0].lowercased() == name else { continue }
            var value = pair[1]
            if value.count >= 2, value.hasPrefix("\""), value.hasSuffix("\"") { value = String(value.dropFirst().dropLast()) }
            return value
        }
        return nil
    }

    /// Throws 415 unless the body's media type is one of `expected`.
    static func requireType(_ request: Request, _ expected: [String]) throws {
        let type = mediaType(of: request)
        guard let type, expected.contains(type) else { throw Problem.unsupportedType(type, expected: expected) }
    }
}
