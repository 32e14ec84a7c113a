/// The sign-in sessions of the management UI, in memory: a restart signs everyone out.
///
/// The cookie holds a random id of 256 bits; the table is keyed by its SHA-256, so the ids themselves are
/// never kept. A session ends after ``idleSeconds`` without use or ``maximumSeconds`` after sign-in,
/// whichever comes first. Each session has its own CSRF token, which every form of the UI carries.
package actor SessionStore {
    package struct Session: Sendable, Hashable {
        /// The value of the cookie (only in the value ``SessionStore/create(user:)`` returns).
        package var id: String
        package let user: String
        /// The token every form of the session must send back.
        package let csrfToken: String
        let created: Int
        var lastUsed: Int
    }

    /// The cookie's name.
    package static let cookieName = "siar_session"

    let idleSeconds: Int
    let maximumSeconds: Int
    let now: @Sendable () -> Int
    private var sessions: [String: Session] = [:]

    init(idleSeconds: Int, maximumSeconds: Int, now: @escaping @Sendable () -> Int) {
        self.idleSeconds = idleSeconds
        self.maximumSeconds = maximumSeconds
        self.now = now
    }

    /// A new session for `user`.
    package func create(user: String) -> Session {
        pruneExpired()
        let time = now()
        var session = Session(id: "", user: user, csrfToken: Self.randomToken(), created: time, lastUsed: time)
        let id = Self.randomToken()
        sessions[Self.key(id)] = session
        session.id = id
        return session
    }

    /// The live session with cookie value `id`, marked as used now; nil for unknown or expired ones.
    package func session(id: String?) -> Session? {
        guard let id, !id.isEmpty else { return nil }
        let key = Self.key(id)
        guard var session = sessions[key] else { return nil }
        let time = now()
        guard time - session.lastUsed < idleSeconds, time - session.created < maximumSeconds else {
            sessions[key] = nil
            return nil
        }
        session.lastUsed = time
        sessions[key] = session
        session.id = id
        return session
    }

    /// Ends the session with cookie value `id`.
    package func remove(id: String?) {
        guard let id else { return }
        sessions[Self.key(id)] = nil
    }

    /// Ends every session of `user`, as when the user was removed.
    package func removeAll(user: String) {
        sessions = sessions.filter { $0.value.user != user }
    }

    package var count: Int { sessions.count }

    private func pruneExpired() {
        let time = now()
        sessions = sessions.filter { time - $0.value.lastUsed < idleSeconds && time - $0.value.created < maximumSeconds }
    }

    /// 32 random bytes in base64url.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return APIToken.base64URL((0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }

    private static func key(_ id: String) -> String { APIToken.hash(id) }
}
