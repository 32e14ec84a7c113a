/// The file `siar new release` creates: a draft with every front-matter key a writer usually fills in.
public struct ReleaseScaffold: Sendable {
    public var title: String
    public var date: Timestamp
    public var author: String
    public var slug: String

    /// `slug` defaults to the title folded into a slug, cut at a word boundary near 60 characters.
    public init(title: String, date: Timestamp, author: String, slug: String? = nil) {
        self.title = title
        self.date = date
        self.author = author
        self.slug = slug ?? Self.slug(for: title)
    }

    static func slug(for title: String) -> String {
        var result = ""
        for word in Slug.make(from: title).split(separator: "-") {
            if !result.isEmpty && result.count + word.count + 1 > 60 { break }
            result += (result.isEmpty ? "" : "-") + word
        }
        return result.isEmpty ? "siaran-pers" : result
    }

    /// `Content/releases/2024/2024-03-05-slug.md`.
    public var path: String {
        let day = date.localDay
        return "\(SitePaths.releasesFolder)/\(day.year)/\(day)-\(slug).md"
    }

    /// The file text.
    public var text: String {
        let quotedTitle = "\"" + title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        let quotedAuthor = "\"" + author.replacingOccurrences(of: "\"", with: "\\\"") + "\""
        return """
            ---
            title: \(quotedTitle)
            date: \(date.iso8601)
            author: \(quotedAuthor)
            # number: "000/SP/DISKOMINFOTIK/I/\(date.localDay.year)"
            # dateline: Mataram
            # category: SPBE
            tags: []
            regions: [ntb]
            # summary: "One or two sentences for lists and search results."
            # image: images/example.png
            # image_alt: "What the photo shows"
            # contact: "Humas Diskominfotik NTB"
            draft: true
            ---
            Write the first paragraph here: who, what, when, where.

            """
    }
}

extension String {
    fileprivate func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
