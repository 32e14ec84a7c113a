import Yams

/// Turns the text of one release file into a ``Release``, reporting every problem of the file.
struct ReleaseParser {
    let site: SiteConfig
    /// Checks whether a relative image path exists under `Content/`.
    let fileExists: @Sendable (String) -> Bool

    /// The parsed release and where its slug came from (for duplicate-slug errors), or nil when unusable.
    func parse(_ text: String, path: String, diagnostics: inout [Diagnostic]) -> (Release, SourceLocation)? {
        let fileLocation = SourceLocation(path: path, line: 1, column: 1)
        let parts: FrontMatter
        switch FrontMatter.split(text) {
        case .success(let split): parts = split
        case .failure(.missingOpening):
            diagnostics.append(Diagnostic(.missingFrontMatter, at: fileLocation))
            return nil
        case .failure(.unclosed):
            diagnostics.append(Diagnostic(.unclosedFrontMatter, at: fileLocation))
            return nil
        }
        let source = YAMLSource(path: path, firstLine: parts.yamlFirstLine)
        let root: Node
        switch source.compose(parts.yaml) {
        case .success(let node): root = node
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return nil
        }
        var fields = FieldReader(root, source: source, describing: "the front matter", diagnostics: &diagnostics)
        let title = fields.string("title", required: true)
        let date = fields.timestamp("date", defaultOffset: site.utcOffset, required: true)
        let author = fields.string("author", required: true)
        let (slug, slugLocation) = readSlug(&fields, path: path)
        let regions = fields.strings("regions")
        for (region, location) in regions where site.region(region) == nil {
            fields.report(
                .unknownRegion(region, suggestion: Suggestion.closest(to: region, in: site.regions.map(\.id))), at: location)
        }
        let image = fields.string("image")
        if let image, !URLCheck.isAbsoluteHTTP(image) {
            if !Self.isPicturePath(image) {
                fields.report(.imageNotAPicture(image), at: "image")
            } else if !URLCheck.isContainedRelativePath(image) || !fileExists(image) {
                fields.report(.missingImage(image), at: "image")
            }
        }
        let expires = fields.day("expires")
        if let expires, let date, expires < date.localDay {
            fields.report(.expiresBeforeDate(expires: expires.description, date: date.localDay.description), at: "expires")
        }
        if let fileDay = Self.fileNameParts(path).day, let date, fileDay != date.localDay {
            fields.report(.fileDateMismatch(fileDate: fileDay.description, date: date.localDay.description), at: "date")
        }
        let release = Release(
            path: path, title: title ?? "", date: date ?? Timestamp(secondsSinceEpoch: 0, utcOffset: 0),
            author: author ?? "", slug: slug ?? "", number: fields.string("number"), dateline: fields.string("dateline"),
            category: fields.string("category"), tags: fields.strings("tags").map(\.value),
            regions: regions.map(\.value), summary: fields.string("summary"), image: image,
            imageAlt: fields.string("image_alt"), contact: fields.string("contact"), draft: fields.bool("draft") ?? false,
            expires: expires, body: String(parts.body), bodyFirstLine: parts.bodyFirstLine)
        if release.body.isBlank {
            fields.report(.emptyBody, at: SourceLocation(path: path, line: parts.bodyFirstLine))
        }
        fields.reportUnknownKeys()
        let errors = fields.diagnostics.contains { $0.severity == .error }
        diagnostics += fields.diagnostics
        guard !errors, title != nil, date != nil, author != nil, slug != nil else { return nil }
        return (release, slugLocation)
    }

    private func readSlug(_ fields: inout FieldReader, path: String) -> (String?, SourceLocation) {
        if let explicit = fields.string("slug") {
            let location = fields.location(of: "slug")
            guard Slug.isValid(explicit) else {
                fields.report(.invalidSlug(explicit), at: location)
                return (nil, location)
            }
            return (explicit, location)
        }
        let location = SourceLocation(path: path, line: 1, column: 1)
        let stem = Self.fileNameParts(path).stem
        guard !stem.isEmpty else {
            fields.report(.releaseFileName(Self.fileName(path)), at: location)
            return (nil, location)
        }
        guard Slug.isValid(stem) else {
            fields.report(.invalidSlug(stem), at: location)
            return (nil, location)
        }
        return (stem, location)
    }

    /// The slug a release file claims even when it fails validation: its valid `slug` key, or the file name
    /// without the date; nil when neither is a valid slug.
    /// The extensions of a release picture. The build copies the picture into the public site, so only a
    /// picture may be named, never another file under `Content/` (site.yml, a ledger, a draft), and not
    /// evidence, which has rules of its own.
    static let pictureExtensions: Set<String> = ["png", "jpg", "jpeg", "gif", "webp", "svg", "avif"]

    /// True for `images/x.png`-like paths: a picture extension, outside `Content/evidence/`.
    static func isPicturePath(_ path: String) -> Bool {
        guard let dot = path.lastIndex(of: "."), !path.hasPrefix(EvidenceCheck.folder + "/") else { return false }
        return pictureExtensions.contains(path[path.index(after: dot)...].lowercased())
    }

    static func claimedSlug(_ text: String, path: String) -> String? {
        if case .success(let parts) = FrontMatter.split(text),
            case .success(let root) = YAMLSource(path: path, firstLine: parts.yamlFirstLine).compose(parts.yaml),
            let slug = root.mapping?["slug"]?.scalar?.string.trimmingWhitespace, !slug.isEmpty
        {
            return Slug.isValid(slug) ? slug : nil
        }
        let stem = fileNameParts(path).stem
        return Slug.isValid(stem) ? stem : nil
    }

    static func fileName(_ path: String) -> String {
        String(path.split(separator: "/").last ?? Substring(path))
    }

    /// `2024-03-05-rakor-bima.md` → (2024-03-05, "rakor-bima"); a name without a date keeps its whole stem.
    static func fileNameParts(_ path: String) -> (day: CalendarDay?, stem: String) {
        var name = fileName(path)
        if name.hasSuffix(".md") { name = String(name.dropLast(3)) }
        let utf8 = Array(name.utf8)
        if utf8.count >= 10, case .success(let stamp) = DateParser.parse(String(name.prefix(10)), defaultOffset: 0) {
            let rest = name.dropFirst(10)
            return (stamp.localDay, String(rest.hasPrefix("-") ? rest.dropFirst() : rest))
        }
        return (nil, name)
    }
}
