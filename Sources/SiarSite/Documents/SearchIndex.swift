import SiarContent

/// `/search-index.json`: what `/cari/` searches, one compact object per visible release, newest first.
///
/// ```json
/// {"category":"SPBE","date":"2024-03-05","date_label":"Selasa, 5 Maret 2024","regions":["Kota Bima"],
///  "summary":"…","tags":["SPBE"],"text":"peran kominfo …","title":"Peran Kominfo …","url":"/berita/peran-kominfo-ntb/"}
/// ```
/// `text` is the ``SearchKey`` of the title, summary, category, tags, regions, dateline, release number and
/// author, each folded word once; the body is left out to keep the file small. `url` is a site path, so the
/// index works on the preview server and on any host.
struct SearchIndex {
    static let path = SitePaths.searchIndex

    let renderer: PageRenderer

    /// Each item is serialized on its own, in parallel, and joined: the same bytes as serializing the array,
    /// without holding a dictionary per release at once.
    func text() -> String {
        let index = renderer.index
        let site = renderer.site
        let renderer = self.renderer
        let items = Array(index.entries.indices).parallelMap { position -> String in
            let entry = index.entries[position]
            let release = entry.release
            let category = index.terms(of: release, in: .category, site: site).first?.name ?? ""
            let regions = index.terms(of: release, in: .region, site: site).map(\.name)
            let key = SearchKey.key(
                [release.title, entry.summary, category] + release.tags + regions
                    + [release.dateline ?? "", release.number ?? "", release.author])
            let item: [String: Any] = [
                "title": release.title, "summary": entry.summary, "date": release.date.localDay.description,
                "date_label": renderer.dates.long(release.date.localDay), "category": category, "regions": regions,
                "tags": release.tags, "url": entry.url, "text": key,
            ]
            return JSONWriter().string(item)
        }
        return "[" + items.joined(separator: ",") + "]\n"
    }

    /// Hashes exactly the fields of `entry` that ``text()`` reads (the rest — labels, region names, the
    /// date format — is in the global key), so an edit further down a body leaves the index as it was.
    /// Keep in step with ``text()``.
    static func fingerprint(of entry: ReleaseEntry) -> UInt64 {
        let release = entry.release
        var hasher = StableHasher()
        hasher.combine(release.title)
        hasher.combine(entry.summary)
        hasher.combine(release.date.secondsSinceEpoch)
        hasher.combine(release.date.utcOffset)
        hasher.combine(release.category)
        hasher.combine(release.tags)
        hasher.combine(release.regions)
        hasher.combine(entry.url)
        hasher.combine(release.dateline)
        hasher.combine(release.number)
        hasher.combine(release.author)
        return hasher.finalize()
    }
}
