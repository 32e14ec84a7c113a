import Hummingbird
import Logging
import SiarContent

/// The service's one HTTP error: what any error thrown by a handler becomes, and how it is answered.
///
/// `init(_:showsPaths:)` is the only mapping from errors to statuses and messages. The API throws the
/// failure and Hummingbird answers it as JSON (`{"error": message}`, or the diagnostics of a refused change);
/// the management UI renders the same failure as its HTML error page with ``page(on:logger:)``.
///
/// Partner users never see file paths, lines or column names: `showsPaths` false leaves the locations out
/// and replaces the message of a problem elsewhere in the content by a plain one.
struct HTTPFailure: HTTPResponseError {
    /// What the JSON answer carries besides the message.
    enum Details: Sendable {
        case none
        /// `{"diagnostics": […], "errors": [{field, message}]}` for a change that would add errors.
        case refusedChange(APIModels.Diagnostics)
        /// `{"error": message, "diagnostics": […]}` when the content on disk has errors.
        case brokenContent([ValidationFailure.Problem])
    }

    let status: HTTPResponse.Status
    /// One lowercase sentence for the user.
    let message: String
    var headers: HTTPFields = [:]
    var details = Details.none
    /// What the server log says, for failures that are the server's fault.
    var logEntry: String?
    /// Not one of the service's errors: the UI shows its own words rather than `message`.
    var isInternal = false

    init(status: HTTPResponse.Status, message: String) {
        self.status = status
        self.message = message
    }

    init(_ error: any Error, showsPaths: Bool = true) {
        switch error {
        case let failure as HTTPFailure:
            self = failure
        case let failure as ValidationFailure:
            self.init(status: .unprocessableContent, message: failure.message)
            details = .refusedChange(APIModels.Diagnostics(failure.problems, showsPaths: showsPaths))
        case let failure as ContentErrors:
            self.init(status: .conflict, message: failure.message)
            if showsPaths { details = .brokenContent(failure.diagnostics.map { .init(diagnostic: $0, field: nil) }) }
        case AccessError.unauthenticated:
            self.init(status: .unauthorized, message: AccessError.unauthenticated.message)
            headers[.wwwAuthenticate] = "Bearer realm=\"siar\""
        case let failure as any ServiceError:
            self.init(status: HTTPResponse.Status(code: failure.status), message: failure.message)
            if failure.status >= 500 { logEntry = failure.message }
        case let error as DecodingError:
            self.init(status: .badRequest, message: "the request body is not the JSON expected: \(Self.describe(error))")
        case let error as any HTTPResponseError:
            self.init(status: error.status, message: "\(error)")
        default:
            self.init(status: .internalServerError, message: "internal error; the server log says more")
            logEntry = "internal error: \(String(describing: error))"
            isInternal = true
        }
    }

    /// The JSON answer; Hummingbird calls this for a thrown failure.
    func response(from request: Request, context: some RequestContext) throws -> Response {
        if let logEntry { context.logger.error("\(logEntry)") }
        switch details {
        case .none:
            return Reply.error(message, status: status, headers: headers)
        case .refusedChange(let diagnostics):
            return Reply.json(diagnostics, status: status, headers: headers)
        case .brokenContent(let diagnostics):
            return Reply.json(BrokenContentJSON(error: message, diagnostics: diagnostics), status: status, headers: headers)
        }
    }

    /// The management UI's error page for this failure.
    func page(on screen: Screen, logger: Logger) -> Response {
        if let logEntry { logger.error("\(logEntry)") }
        return screen.error(isInternal ? screen.text.label("kelola_error_500_text") : message, status: status)
    }

    private struct BrokenContentJSON: Encodable {
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
