import Foundation

/// The stored form of `.siar/users.json`: users with only hashes of their secrets.
///
/// ```json
/// {"users": [{"name": "rina", "role": "manager", "password_hash": "$2b$11$…",
///             "token_hash": "sha256:9f…", "created": "2025-03-01T09:12:00+08:00"}], "version": 1}
/// ```
struct UsersFile: Codable, Sendable, Equatable {
    struct Record: Codable, Sendable, Equatable {
        var name: String
        var role: User.Role
        var partner: String?
        /// bcrypt.
        var passwordHash: String
        /// `sha256:` and the hex SHA-256 of the API token.
        var tokenHash: String
        var created: String

        var user: User { User(name: name, role: role, partner: partner, created: created) }

        enum CodingKeys: String, CodingKey {
            case name, role, partner, created
            case passwordHash = "password_hash"
            case tokenHash = "token_hash"
        }
    }

    var version = 1
    var users: [Record] = []

    init(users: [Record] = []) {
        self.users = users
    }

    init(bytes: [UInt8]) throws {
        self = try JSONDecoder().decode(UsersFile.self, from: Data(bytes))
    }

    /// Pretty-printed with sorted keys, so that a change shows as a small diff.
    var bytes: [UInt8] {
        get throws {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return Array(try encoder.encode(self)) + [UInt8(ascii: "\n")]
        }
    }
}
