import Foundation
import SiarContent

/// The stored form of `.siar/sessions.json`: the sign-in sessions, so that a restart keeps users signed in.
///
/// Only the SHA-256 of each cookie value is kept, never the value itself: the file alone signs no one in.
///
/// ```json
/// {"sessions": [{"key": "sha256:9f…", "user": "rina", "csrf_token": "…", "created": 1741572000,
///                "last_used": 1741575600}], "version": 1}
/// ```
struct SessionsFile: Codable, Sendable, Equatable {
    struct Entry: Codable, Sendable, Equatable {
        /// ``APIToken/hash(_:)`` of the cookie value.
        var key: String
        var user: String
        var csrfToken: String
        /// Seconds since 1970.
        var created: Int
        var lastUsed: Int

        enum CodingKeys: String, CodingKey {
            case key, user, created
            case csrfToken = "csrf_token"
            case lastUsed = "last_used"
        }
    }

    /// Where the file lives, relative to the project root.
    static let path = SitePaths.sessionsFile

    var version = 1
    var sessions: [Entry] = []

    init(sessions: [Entry] = []) {
        self.sessions = sessions
    }

    init(bytes: [UInt8]) throws {
        self = try JSONDecoder().decode(SessionsFile.self, from: Data(bytes))
    }

    var bytes: [UInt8] {
        get throws {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            return Array(try encoder.encode(self)) + [UInt8(ascii: "\n")]
        }
    }

    /// The file under `root`; an empty one when it is missing or unreadable (then everyone signs in again).
    static func read(root: String) -> SessionsFile {
        guard let data = FileManager.default.contents(atPath: root + "/" + path), let file = try? SessionsFile(bytes: Array(data))
        else { return SessionsFile() }
        return file
    }

    /// Writes the file under `root` atomically with mode 0600, under the lock of `.siar/`.
    static func update(root: String, _ change: (inout SessionsFile) -> Void) throws {
        let folder = try PrivateFolder.ensure(root: root)
        try FileLock(path: folder + "/sessions.lock").withLock {
            var file = read(root: root)
            change(&file)
            try AtomicFile.write(try file.bytes, to: root + "/" + path, mode: 0o600)
        }
    }
}
