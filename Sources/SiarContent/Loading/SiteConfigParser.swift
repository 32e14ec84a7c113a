import Yams

/// Reads `Content/site.yml` into a ``SiteConfig``.
enum SiteConfigParser {
    static let path = SitePaths.siteConfigFile

    /// The configuration, or nil when an error makes it unusable; problems go into `diagnostics`.
    static func parse(_ text: String, diagnostics: inout [Diagnostic]) -> SiteConfig? {
        let source = YAMLSource(path: path, firstLine: 1)
        let root: Node
        switch source.compose(text) {
        case .success(let node): root = node
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
        var fields = FieldReader(root, source: source, describing: "site.yml", diagnostics: &diagnostics)
        let title = fields.string("title", required: true)
        let baseURL = fields.string("base_url", required: true)
        if let baseURL, !URLCheck.isAbsoluteHTTP(baseURL) { fields.report(.invalidURL(key: "base_url", value: baseURL), at: "base_url") }
        let language = fields.choice("language", from: SiteConfig.Language.allCases.map(\.rawValue)).flatMap(SiteConfig.Language.init)
        var offset = 8 * 3600
        if let zone = fields.string("timezone") {
            switch DateParser.parseOffset(zone) {
            case .success(let value): offset = value
            case .failure: fields.report(.invalidTimezone(zone), at: "timezone")
            }
        }
        let pageSize = fields.integer("page_size", in: NumberLimits.pageSize, expected: NumberLimits.wording(NumberLimits.pageSize))
        let unsafeHTML = fields.bool("unsafe_html") ?? false
        let regions = parseRegions(fields.node("regions"), source: source, diagnostics: &diagnostics)
        var compliance = SiteConfig.ComplianceSettings()
        if let node = fields.node("compliance") {
            var block = FieldReader(node, source: source, describing: "'compliance'", diagnostics: &diagnostics)
            compliance.publish = block.bool("publish") ?? true
            compliance.unverifiedEvidence = block.bool("unverified_evidence") ?? false
            if let points = block.integer(
                "pace_warning_points", in: NumberLimits.paceWarningPoints,
                expected: NumberLimits.wording(NumberLimits.paceWarningPoints))
            {
                compliance.paceWarningPoints = Double(points)
            }
            block.reportUnknownKeys()
            diagnostics += block.diagnostics
        }
        let config = SiteConfig(
            title: title ?? "", baseURL: baseURL ?? "/", language: language ?? .id, utcOffset: offset,
            description: fields.string("description") ?? "", office: fields.string("office") ?? "",
            pageSize: pageSize ?? 20, regions: regions, unsafeHTML: unsafeHTML, compliance: compliance)
        fields.reportUnknownKeys()
        diagnostics += fields.diagnostics
        return title == nil || baseURL == nil ? nil : config
    }

    private static func parseRegions(_ node: Node?, source: YAMLSource, diagnostics: inout [Diagnostic]) -> [Region] {
        guard let node else { return [] }
        guard let items = node.sequence else {
            diagnostics.append(
                Diagnostic(.wrongType(key: "regions", expected: "a list of { id, name }"), at: source.location(of: node.mark)))
            return []
        }
        var regions: [Region] = []
        for item in items {
            var fields = FieldReader(item, source: source, describing: "a region", diagnostics: &diagnostics)
            let id = fields.string("id", required: true)
            let name = fields.string("name", required: true)
            if let id, !Slug.isValid(id) { fields.report(.invalidSlug(id), at: "id") }
            if let id, regions.contains(where: { $0.id == id }) { fields.report(.duplicateRegion(id), at: "id") }
            fields.reportUnknownKeys()
            diagnostics += fields.diagnostics
            if let id, let name { regions.append(Region(id: id, name: name)) }
        }
        return regions
    }
}
