/// The sign-in sessions of the management UI, kept in `.siar/sessions.json` so that a restart keeps
/// users signed in (and a form being filled in can still be sent).
///
/// The cookie holds a random id of 256 bits; the table is keyed by its SHA-256, so the ids themselves are
/// never kept, in memory or on disk. A session ends after ``idleSeconds`` without use or
/// ``maximumSeconds`` after sign-in, whichever comes first; ended sessions are dropped from the file at
/// the next write. Each session has its own CSRF token, which every form of the UI carries.
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

    /// How stale the stored `last_used` may get: writing the file on every request would cost more than
    /// a minute of idle time is worth.
    static let saveInterval = 60

    /// The project root whose `.siar/` holds the sessions; nil keeps them in memory only.
    let root: String?
    let idleSeconds: Int
    let maximumSeconds: Int
    let now: @Sendable () -> Int
    private var sessions: [String: Session] = [:]
    private var lastSaved = 0

    init(root: String?, idleSeconds: Int, maximumSeconds: Int, now: @escaping @Sendable () -> Int) {
        self.root = root
        self.idleSeconds = idleSeconds
        self.maximumSeconds = maximumSeconds
        self.now = now
        if let root {
            for entry in SessionsFile.read(root: root).sessions {
                sessions[entry.key] = Session(
                    id: "", user: entry.user, csrfToken: entry.csrfToken, created: entry.created, lastUsed: entry.lastUsed)
            }
        }
        lastSaved = now()
    }

    /// A new session for `user`.
    package func create(user: String) -> Session {
        pruneExpired()
        let time = now()
        var session = Session(id: "", user: user, csrfToken: Self.randomToken(), created: time, lastUsed: time)
        let id = Self.randomToken()
        sessions[Self.key(id)] = session
        save()
        session.id = id
        return session
    }

    /// The live session with cookie value `id`, marked as used now; nil for unknown or expired ones.
    package func session(id: String?) -> Session? {
        guard let id, !id.isEmpty else { return nil }
        let key = Self.key(id)
        guard var session = sessions[key] else { return nil }
        let time = now()
        guard isLive(session, at: time) else {
            sessions[key] = nil
            save()
            return nil
        }
        session.lastUsed = time
        sessions[key] = session
        if time - lastSaved >= Self.saveInterval { save() }
        session.id = id
        return session
    }

    /// Ends the session with cookie value `id`.
    package func remove(id: String?) {
        guard let id else { return }
        sessions[Self.key(id)] = nil
        save()
    }

    /// Ends every session of `user`, as when the user was removed.
    package func removeAll(user: String) {
        sessions = sessions.filter { $0.value.user != user }
        save()
    }

    package var count: Int { sessions.count }

    /// Ends every session of `user` in the file under `root`, for `siar user remove` (a running service
    /// also drops them at their next use, since the user is gone).
    package static func removeAll(user: String, root: String) throws {
        try SessionsFile.update(root: root) { file in file.sessions.removeAll { $0.user == user } }
    }

    // MARK: Steps

    private func isLive(_ session: Session, at time: Int) -> Bool {
        time - session.lastUsed < idleSeconds && time - session.created < maximumSeconds
    }

    private func pruneExpired() {
        let time = now()
        sessions = sessions.filter { isLive($0.value, at: time) }
    }

    /// Replaces the file with the live sessions. A failed write is not fatal: the sessions still work
    /// until the next restart, and the next change tries again.
    private func save() {
        guard let root else { return }
        let time = now()
        pruneExpired()
        let entries = sessions.map { key, session in
            SessionsFile.Entry(
                key: key, user: session.user, csrfToken: session.csrfToken, created: session.created, lastUsed: session.lastUsed)
        }
        do {
            try SessionsFile.update(root: root) { file in file.sessions = entries.sorted { $0.key < $1.key } }
            lastSaved = time
        } catch {
            lastSaved = 0
        }
    }

    /// 32 random bytes in base64url.
    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return APIToken.base64URL((0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
    }

    private static func key(_ id: String) -> String { APIToken.hash(id) }
}
