import Yams

/// Turns one `Content/partners/<id>.yml` into a ``Partner``, reporting every problem of the file.
///
/// A partner is returned even when some of its values are wrong (with defaults in their place), so the
/// ledger rows that name it are not reported a second time as "unknown partner"; the loader drops the
/// whole content when any error was reported.
enum PartnerParser {
    static let folder = SitePaths.partnersFolder

    /// The partner, or nil when the file is not a YAML mapping at all.
    static func parse(_ text: String, path: String, diagnostics: inout [Diagnostic]) -> Partner? {
        let source = YAMLSource(path: path, firstLine: 1)
        let root: Node
        switch source.compose(text) {
        case .success(let node): root = node
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
        let fileLocation = SourceLocation(path: path, line: 1, column: 1)
        let id = partnerID(path: path)
        if !Slug.isValid(id) { diagnostics.append(Diagnostic(.invalidPartnerID(fileName: fileName(path)), at: fileLocation)) }
        var fields = FieldReader(root, source: source, describing: "a partner file", diagnostics: &diagnostics)
        guard root.mapping != nil else { return nil }
        let name = fields.string("name", required: true)
        let company = fields.string("company", required: true)
        let legalForm = fields.choice("legal_form", from: Partner.LegalForm.allCases.map(\.rawValue), required: true)
        let mediaType = fields.choice("media_type", from: Partner.MediaType.allCases.map(\.rawValue), required: true)
        let council = fields.choice("press_council", from: Partner.PressCouncil.allCases.map(\.rawValue), required: true)
        let website = fields.string("website")
        if let website, !URLCheck.isAbsoluteHTTP(website) { fields.report(.invalidURL(key: "website", value: website), at: "website") }
        let media = mediaType.flatMap(Partner.MediaType.init(rawValue:)) ?? .online
        let contracts = ContractParser(source: source, mediaType: media).parseAll(fields.node("contracts"), diagnostics: &diagnostics)
        fields.reportUnknownKeys()
        diagnostics += fields.diagnostics
        return Partner(
            id: id, name: name ?? id, company: company ?? "",
            legalForm: legalForm.flatMap(Partner.LegalForm.init(rawValue:)) ?? .pt, mediaType: media,
            pressCouncil: council.flatMap(Partner.PressCouncil.init(rawValue:)) ?? .notVerified,
            website: website, contracts: contracts, path: path)
    }

    /// `Content/partners/kabar-rinjani.yml` → `kabar-rinjani`.
    static func partnerID(path: String) -> String {
        let name = fileName(path)
        return name.hasSuffix(".yml") ? String(name.dropLast(4)) : name
    }

    private static func fileName(_ path: String) -> String {
        String(path.split(separator: "/").last ?? Substring(path))
    }
}
