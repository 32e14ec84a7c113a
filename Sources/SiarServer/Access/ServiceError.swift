/// An error the HTTP layer answers with its own status and message instead of a 500.
///
/// ``AccessError``, ``ValidationFailure``, ``UserStoreError`` and ``EvidenceError`` conform; anything else
/// (``FileSystemError`` included) is an internal error.
public protocol ServiceError: Error, Sendable {
    /// The HTTP status code: 401, 403, 404, 409, 413, 415 or 422.
    var status: Int { get }
    /// One lowercase sentence that says what is wrong and how to fix it.
    var message: String { get }
}
