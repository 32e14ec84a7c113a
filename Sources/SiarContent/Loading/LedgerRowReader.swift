/// Checks one ledger row and turns it into a ``Placement``, recording every problem of the row.
struct LedgerRowReader {
    let row: LocatedCSV.Row
    let parser: LedgerParser
    /// The year of the file name, when it is one.
    let fileYear: Int?
    private(set) var diagnostics: [Diagnostic] = []
    private var failed = false

    init(row: LocatedCSV.Row, parser: LedgerParser, fileYear: Int?) {
        self.row = row
        self.parser = parser
        self.fileYear = fileYear
    }

    /// The placement, or nil when the row has an error (or names a partner whose file is broken).
    mutating func placement() -> Placement? {
        let id = required("id")
        let partnerID = required("partner")
        let service = choice("service", QuotaLine.Service.self)
        let published = day("published", required: true)
        if let published, let fileYear, published.year != fileYear {
            report(
                .placementWrongYear(published: published.description, expectedPath: Placement.ledgerPath(year: published.year)),
                at: "published")
        }
        if let partnerID, parser.unreadablePartners.contains(partnerID) { return nil }
        let partner = partnerID.flatMap { known($0) }
        let contract = partner.flatMap { resolveContract(of: $0, published: published) }
        if let contract, let service, contract.line(service) == nil {
            report(.serviceNotInContract(service.rawValue, contract: contract.number), at: "service")
        }
        let release = optional("release")
        // A release that exists but failed validation has its own errors; naming it is not a second problem.
        if let release, !parser.releaseSlugSet.contains(release), !parser.failedReleaseSlugs.contains(release) {
            report(.unknownRelease(release, suggestion: Suggestion.closest(to: release, in: parser.releaseSlugs)), at: "release")
        }
        let quantity = readQuantity()
        let url = optional("url")
        if let url, !URLCheck.isAbsoluteHTTP(url) { report(.invalidURL(key: "url", value: url), at: "url") }
        let evidence = optional("evidence")
        if let evidence, let partner { checkEvidence(evidence, partner: partner.id) }
        let submitted = day("submitted")
        if evidence != nil, optional("submitted") == nil { report(.missingSubmitted, at: "submitted") }
        if let submitted, let published, submitted < published {
            report(.submittedBeforePublished(submitted: submitted.description, published: published.description), at: "submitted")
        }
        let status = choice("status", Placement.Status.self)
        // A file without `review_note` kept the reason of a rejection in `note`, the submitter's remark lost.
        let legacy = row.fields.count < LedgerParser.columns.count
        let note = legacy && status == .rejected ? nil : optional("note")
        let reviewNote = legacy ? (status == .rejected ? optional("note") : nil) : optional("review_note")
        if status == .rejected, reviewNote == nil { report(.rejectedWithoutNote, at: legacy ? "note" : "review_note") }
        let reviewedAt = day("reviewed_at")
        guard !failed, let id, let partner, let contract, let service, let published, let quantity, let status else { return nil }
        return Placement(
            id: id, partner: partner.id, contract: contract.number, service: service, release: release,
            published: published, quantity: quantity, url: url, evidence: evidence, submitted: submitted, status: status,
            reviewedBy: optional("reviewed_by"), reviewedAt: reviewedAt, note: note,
            reviewNote: reviewNote,
            location: SourceLocation(path: row.fields[0].location.path, line: row.line, column: 1))
    }

    private mutating func known(_ partnerID: String) -> Partner? {
        if let partner = parser.partners[partnerID] { return partner }
        let suggestion = Suggestion.closest(to: partnerID, in: parser.partners.keys.sorted())
        report(.unknownPartner(partnerID, suggestion: suggestion), at: "partner")
        return nil
    }

    /// The named contract, or the only one covering `published` when the column is empty.
    private mutating func resolveContract(of partner: Partner, published: CalendarDay?) -> Contract? {
        if let number = optional("contract") {
            if let contract = partner.contract(number) { return contract }
            let suggestion = Suggestion.closest(to: number, in: partner.contracts.map(\.number))
            report(.unknownContract(number, partner: partner.id, suggestion: suggestion), at: "contract")
            return nil
        }
        guard let published else { return nil }
        let covering = partner.contracts(covering: published)
        switch covering.count {
        case 1: return covering[0]
        case 0: report(.noCoveringContract(partner: partner.id, day: published.description), at: "contract")
        default:
            report(
                .ambiguousContract(partner: partner.id, day: published.description, contracts: covering.map(\.number)),
                at: "contract")
        }
        return nil
    }

    private mutating func readQuantity() -> Int? {
        guard let text = optional("quantity") else { return 1 }
        guard let quantity = Int(text), NumberLimits.quantity.contains(quantity) else {
            report(.invalidNumber(key: "quantity", value: text, expected: NumberLimits.wording(NumberLimits.quantity)), at: "quantity")
            return nil
        }
        return quantity
    }

    /// Only files in the row's own partner folder, of an evidence type, may be named: the build publishes them.
    private mutating func checkEvidence(_ evidence: String, partner: String) {
        switch EvidenceCheck.problem(with: evidence, partner: partner, files: parser.files) {
        case nil: break
        case .notAllowed: report(.invalidEvidence(evidence, partner: partner), at: "evidence")
        case .otherPartner(let owner): report(.evidenceOfOtherPartner(evidence, owner: owner, partner: partner), at: "evidence")
        case .missingFile: report(.missingEvidenceFile(evidence), at: "evidence")
        case .wrongType: report(.evidenceFileType(evidence), at: "evidence")
        }
    }

    // MARK: Cells

    /// The cell of `column`, or the last cell for a column the row does not have.
    private func field(_ column: String) -> LocatedCSV.Field {
        row.fields[min(LedgerParser.columns.firstIndex(of: column) ?? 0, row.fields.count - 1)]
    }

    /// The trimmed value, or nil when the cell is empty or the row has no such column.
    private func optional(_ column: String) -> String? {
        guard let index = LedgerParser.columns.firstIndex(of: column), index < row.fields.count else { return nil }
        let text = row.fields[index].value.trimmingWhitespace
        return text.isEmpty ? nil : text
    }

    private mutating func required(_ column: String) -> String? {
        guard let text = optional(column) else {
            report(.emptyColumn(column), at: column)
            return nil
        }
        return text
    }

    private mutating func choice<Value: RawRepresentable & CaseIterable>(_ column: String, _ type: Value.Type) -> Value?
    where Value.RawValue == String {
        guard let text = required(column) else { return nil }
        if let value = Value(rawValue: text) { return value }
        let allowed = Value.allCases.map(\.rawValue)
        report(
            .invalidEnum(key: column, value: text, allowed: allowed, suggestion: Suggestion.closest(to: text, in: allowed)),
            at: column)
        return nil
    }

    private mutating func day(_ column: String, required isRequired: Bool = false) -> CalendarDay? {
        guard let text = isRequired ? required(column) : optional(column) else { return nil }
        switch DateParser.parse(text, defaultOffset: 0) {
        case .success(let stamp) where !stamp.hasTime && text.utf8.count == 10: return stamp.localDay
        case .failure(.impossible): report(.impossibleDate(key: column, value: text), at: column)
        default: report(.invalidDay(key: column, value: text), at: column)
        }
        return nil
    }

    private mutating func report(_ reason: Diagnostic.Reason, at column: String) {
        let diagnostic = Diagnostic(reason, at: field(column).location)
        if diagnostic.severity == .error { failed = true }
        diagnostics.append(diagnostic)
    }
}
