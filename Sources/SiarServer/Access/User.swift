/// Someone who may use the management service, as ``UserStore`` keeps them (without their secrets).
public struct User: Sendable, Hashable, Codable {
    /// What a user may do; see the `may…` methods.
    public enum Role: String, Sendable, Hashable, CaseIterable, Codable {
        /// A publication manager: keeps the ledger, verifies and rejects placements.
        case manager
        /// Writes press releases; may record placements but not review them.
        case writer
        /// The account of one media partner: records placements for that partner only.
        case partner
        /// Reads everything, changes nothing.
        case viewer
    }

    /// The sign-in name: `[a-z0-9._-]+`, unique.
    public let name: String
    public let role: Role
    /// The partner id, for (and only for) the `partner` role.
    public let partner: String?
    /// When the user was added: ISO 8601 with offset.
    public let created: String

    public init(name: String, role: Role, partner: String? = nil, created: String = "") {
        self.name = name
        self.role = role
        self.partner = partner
        self.created = created
    }

    /// True for a valid sign-in name: 1 to 64 of `a-z`, `0-9`, `.`, `_`, `-`, not starting with `.` or `-`.
    public static func isValidName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard let first = bytes.first, bytes.count <= 64, first != UInt8(ascii: "."), first != UInt8(ascii: "-") else {
            return false
        }
        return bytes.allSatisfy { (97...122).contains($0) || (48...57).contains($0) || $0 == 46 || $0 == 95 || $0 == 45 }
    }
}
