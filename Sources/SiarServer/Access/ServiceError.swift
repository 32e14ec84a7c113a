/// An error the HTTP layer answers with its own status and message instead of a 500.
///
/// The stores' errors (``AccessError``, ``ValidationFailure``, ``UserStoreError``, ``EvidenceError``,
/// ``ContentErrors``) and the request's (a bad body or query) conform; `HTTPFailure` turns them into
/// responses. Anything else (``FileSystemError`` included) is an internal error.
public protocol ServiceError: Error, Sendable {
    /// The HTTP status code: 400, 401, 403, 404, 409, 413, 415, 422 or 500.
    var status: Int { get }
    /// One lowercase sentence that says what is wrong and how to fix it.
    var message: String { get }
}
