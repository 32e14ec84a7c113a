import Hummingbird
import Logging

/// How the API answers an error: the status of the ``ServiceError`` and `{"error": message}`, or
/// `{"diagnostics": […], "errors": [{field, message}]}` (422) for a change that would add errors to the content.
///
/// Partner users never see file paths, lines or column names: `showsPaths` false leaves the locations out
/// and replaces the message of a problem elsewhere in the content by a plain one.
enum APIFailure {
    static func response(for error: any Error, logger: Logger, showsPaths: Bool = true) -> Response {
        switch error {
        case let failure as ValidationFailure:
            return Reply.json(APIModels.Diagnostics(failure.problems, showsPaths: showsPaths), status: .unprocessableContent)
        case let failure as ContentErrors where !showsPaths:
            return Reply.error(failure.message, status: .conflict)
        case let failure as ContentErrors:
            return Reply.json(
                ContentErrorsJSON(error: failure.message, diagnostics: failure.diagnostics.map { .init(diagnostic: $0, field: nil) }),
                status: .conflict)
        case AccessError.unauthenticated:
            return Reply.error(
                AccessError.unauthenticated.message, status: .unauthorized, headers: [.wwwAuthenticate: "Bearer realm=\"siar\""])
        case let failure as any ServiceError:
            if failure.status >= 500 { logger.error("\(failure.message)") }
            return Reply.error(failure.message, status: Reply.status(failure.status))
        case let problem as RequestBodyReader.Problem:
            return Reply.error(problem.message, status: Reply.status(problem.status))
        case let problem as BadRequest:
            return Reply.error(problem.message, status: .badRequest)
        case let error as DecodingError:
            return Reply.error("the request body is not the JSON expected: \(describe(error))", status: .badRequest)
        case let error as any HTTPResponseError:
            return Reply.error("\(error)", status: error.status)
        default:
            logger.error("internal error: \(String(describing: error))")
            return Reply.error("internal error; the server log says more", status: .internalServerError)
        }
    }

    private struct ContentErrorsJSON: Encodable {
        let error: String
        let diagnostics: [ValidationFailure.Problem]
    }

    /// `missing key 'service'`, `'quantity' has the wrong type`, `not valid JSON`.
    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, _): "missing key '\(key.stringValue)'"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            "'\(context.codingPath.map(\.stringValue).joined(separator: "."))' has the wrong type"
        case .dataCorrupted(let context) where context.codingPath.isEmpty: "not valid JSON"
        case .dataCorrupted(let context): "'\(context.codingPath.map(\.stringValue).joined(separator: "."))' is not valid"
        @unknown default: "not valid"
        }
    }
}
