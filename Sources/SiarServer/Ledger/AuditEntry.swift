/// One change the service made to the ledger: a row of `Content/placements/audit.csv`.
public struct AuditEntry: Sendable, Hashable, Codable {
    public enum Action: String, Sendable, Hashable, CaseIterable, Codable {
        case add
        case verify
        case reject
    }

    /// A changed ledger column and its new value.
    public struct Field: Sendable, Hashable, Codable {
        public let key: String
        public let value: String

        public init(key: String, value: String) {
            self.key = key
            self.value = value
        }
    }

    /// When: ISO 8601 with the site's offset, e.g. `2025-03-01T09:12:05+08:00`.
    public let time: String
    /// Who: the user name.
    public let user: String
    public let action: Action
    /// The placement id.
    public let placement: String
    /// What: the columns the change wrote, in ledger order.
    public let fields: [Field]

    public init(time: String, user: String, action: Action, placement: String, fields: [Field]) {
        self.time = time
        self.user = user
        self.action = action
        self.placement = placement
        self.fields = fields
    }

    /// The header of the audit file.
    static let columns = ["time", "user", "action", "placement", "fields"]

    /// The CSV cells: the fields become `key=value; key=value`, with `\` and `;` in values escaped by `\`.
    var cells: [String] {
        let escaped = fields.map { field in
            field.key + "=" + field.value.replacing("\\", with: "\\\\").replacing(";", with: "\\;")
        }
        return [time, user, action.rawValue, placement, escaped.joined(separator: "; ")]
    }

    /// Reads a record of the audit file; nil for the header and for rows that are not entries.
    init?(cells: [String]) {
        guard cells.count == Self.columns.count, let action = Action(rawValue: cells[2]) else { return nil }
        self.init(time: cells[0], user: cells[1], action: action, placement: cells[3], fields: Self.fields(cells[4]))
    }

    private static func fields(_ text: String) -> [Field] {
        var pairs: [String] = []
        var current = ""
        var escaping = false
        for character in text {
            if escaping {
                current.append(character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else if character == ";" {
                pairs.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        pairs.append(current)
        return pairs.compactMap { pair in
            let trimmed = pair.drop { $0 == " " }
            guard let equals = trimmed.firstIndex(of: "=") else { return nil }
            return Field(key: String(trimmed[..<equals]), value: String(trimmed[trimmed.index(after: equals)...]))
        }
    }
}
