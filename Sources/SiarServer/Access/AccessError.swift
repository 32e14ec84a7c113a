/// Why a user may not do what they asked.
public enum AccessError: ServiceError, Hashable, CustomStringConvertible {
    /// No credentials, or credentials that match no user (401).
    case unauthenticated
    /// A known user whose role does not allow the action (403).
    case forbidden(String)
    /// No such placement or user (404).
    case notFound(String)
    /// The action does not fit the current state, such as verifying a rejected placement (409).
    case conflict(String)

    public var status: Int {
        switch self {
        case .unauthenticated: 401
        case .forbidden: 403
        case .notFound: 404
        case .conflict: 409
        }
    }

    public var message: String {
        switch self {
        case .unauthenticated: "sign in first, or send 'Authorization: Bearer <token>' with a valid API token"
        case .forbidden(let why), .notFound(let why), .conflict(let why): why
        }
    }

    public var description: String { message }
}
