import Hummingbird
import SiarContent

/// Who sent a request: an API token for `/api/`, a session cookie for `/kelola/`.
struct Authenticator: Sendable {
    let users: UserStore
    let sessions: SessionStore

    /// A user signed in to the UI and the session they use.
    struct SignedIn: Sendable {
        let user: User
        let session: SessionStore.Session
    }

    /// The user of `Authorization: Bearer <token>`; throws ``AccessError/unauthenticated`` (401) otherwise.
    func apiUser(_ request: Request) async throws -> User {
        guard let header = request.headers[.authorization] else { throw AccessError.unauthenticated }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { throw AccessError.unauthenticated }
        return try await users.authenticate(token: parts[1].trimmingWhitespace)
    }

    /// The user of the session cookie; nil without a live session, or when the user was removed since.
    ///
    /// The user is read again on every request, so a changed role or a removed user applies at once.
    func signedIn(_ request: Request) async throws -> SignedIn? {
        guard let session = await sessions.session(id: request.cookies[SessionStore.cookieName]?.value) else { return nil }
        guard let user = try await users.user(named: session.user) else {
            await sessions.removeAll(user: session.user)
            return nil
        }
        return SignedIn(user: user, session: session)
    }
}
