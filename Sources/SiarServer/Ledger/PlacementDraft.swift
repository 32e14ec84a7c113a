import SiarContent

/// A placement as submitted through the service, before it has an id: the ledger columns a person fills
/// in, as text.
///
/// Values are kept as typed so that a wrong one gets the same diagnostic as in a hand-edited ledger
/// (`'service' has an unknown value 'nws'; did you mean 'news'?`). ``LedgerStore/add(_:by:)`` fills in
/// `id`, `submitted` (today in the site's timezone) and `status` (`submitted`).
public struct PlacementDraft: Sendable, Hashable, Codable {
    /// A partner id; may be left empty by a partner user, whose own partner it then is.
    public var partner: String
    /// A contract number; empty when exactly one contract of the partner covers `published`.
    public var contract: String
    /// A service of the contract, such as `news` or `banner`.
    public var service: String
    /// The slug of the press release it carried, or empty.
    public var release: String
    /// `YYYY-MM-DD`; decides the ledger file (the year).
    public var published: String
    /// A whole number above 0, or empty for 1.
    public var quantity: String
    /// Where it appeared: an http(s) URL, or empty.
    public var url: String
    /// The evidence: an http(s) URL or a path under `Content/` (from ``EvidenceStore``), or empty.
    public var evidence: String
    /// A remark, or empty.
    public var note: String

    public init(
        partner: String = "", contract: String = "", service: String, release: String = "", published: String,
        quantity: String = "", url: String = "", evidence: String = "", note: String = ""
    ) {
        self.partner = partner
        self.contract = contract
        self.service = service
        self.release = release
        self.published = published
        self.quantity = quantity
        self.url = url
        self.evidence = evidence
        self.note = note
    }

    /// Decodes the ledger's column names; every key is optional but `service` and `published`, and
    /// `quantity` may be a JSON number.
    public init(from decoder: any Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        func text(_ key: CodingKeys) throws -> String { try values.decodeIfPresent(String.self, forKey: key) ?? "" }
        partner = try text(.partner)
        contract = try text(.contract)
        service = try values.decode(String.self, forKey: .service)
        release = try text(.release)
        published = try values.decode(String.self, forKey: .published)
        if let number = try? values.decodeIfPresent(Int.self, forKey: .quantity) {
            quantity = String(number)
        } else {
            quantity = try text(.quantity)
        }
        url = try text(.url)
        evidence = try text(.evidence)
        note = try text(.note)
    }

    /// The values by ledger column, trimmed, with line breaks and other control characters turned into
    /// spaces (a ledger row stays one line).
    var cells: [String: String] {
        let values = [
            "partner": partner, "contract": contract, "service": service, "release": release, "published": published,
            "quantity": quantity, "url": url, "evidence": evidence, "note": note,
        ]
        return values.mapValues(Self.clean)
    }

    static func clean(_ value: String) -> String {
        String(String.UnicodeScalarView(value.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
            .trimmingWhitespace
    }
}
