extension ContentLoader {
    /// Loads like ``load()``, but takes each release file whose bytes are unchanged from `cache` instead of
    /// parsing it again, and returns with the result the cache for the next load.
    ///
    /// Every release file is still read (its body is part of the release), so a reused release is equal to
    /// a parsed one. Everything that spans files (unique slugs, the ledger's release names, the partners)
    /// runs as in ``load()``, so the diagnostics are the same as without a cache.
    public func load(reusing cache: ReleaseCache?) -> (result: Result, cache: ReleaseCache) {
        var next = ReleaseCache(key: 0)
        let result = load { site, diagnostics in loadReleases(site: site, reusing: cache, next: &next, diagnostics: &diagnostics) }
        return (result, next)
    }

    /// One release file: its parse (or the cached one) and the cache entry to keep for the next build.
    private struct LoadedFile: Sendable {
        var parsed: (Release, SourceLocation)?
        var diagnostics: [Diagnostic]
        var entry: ReleaseCache.Entry?
    }

    private func loadReleases(
        site: SiteConfig, reusing cache: ReleaseCache?, next: inout ReleaseCache, diagnostics: inout [Diagnostic]
    ) -> [Release] {
        let paths = files.files(under: SitePaths.releasesFolder, suffix: ".md")
        let files = self.files
        let key = ReleaseCache.key(for: site)
        let previous = cache?.key == key ? cache?.entries ?? [:] : [:]
        let parser = ReleaseParser(site: site, fileExists: { files.exists(SitePaths.contentFile($0)) })
        // An image the release names must still exist, or the file is parsed again to report it.
        let imagesExist: @Sendable (Release) -> Bool = { release in
            guard let image = release.image, !URLCheck.isAbsoluteHTTP(image) else { return true }
            return files.exists(SitePaths.contentFile(image))
        }
        let loaded = paths.parallelMap { path -> LoadedFile in
            let earlier = previous[path]
            guard let bytes = try? files.bytes(path) else {
                let unreadable = Diagnostic(.unreadableFile("no such file or not readable"), at: SourceLocation(path: path))
                return LoadedFile(parsed: nil, diagnostics: [unreadable])
            }
            let hash = StableHasher.hash(bytes)
            let text: String
            switch SourceText.decode(bytes, path: path) {
            case .success(let decoded): text = decoded
            case .failure(let diagnostic): return LoadedFile(parsed: nil, diagnostics: [diagnostic])
            }
            if let earlier, earlier.contentHash == hash, imagesExist(earlier.release), case .success(let parts) = FrontMatter.split(text) {
                var release = earlier.release
                release.body = String(parts.body)
                return LoadedFile(parsed: (release, earlier.slugLocation), diagnostics: [], entry: earlier)
            }
            var found: [Diagnostic] = []
            let parsed = parser.parse(text, path: path, diagnostics: &found)
            var entry: ReleaseCache.Entry?
            if let (release, slugLocation) = parsed, found.isEmpty {
                var bodiless = release
                bodiless.body = ""
                entry = ReleaseCache.Entry(contentHash: hash, release: bodiless, slugLocation: slugLocation)
            }
            return LoadedFile(parsed: parsed, diagnostics: found, entry: entry)
        }
        next = ReleaseCache(key: key)
        for (path, file) in zip(paths, loaded) {
            if let entry = file.entry { next.entries[path] = entry }
        }
        return uniqueReleases(loaded.map { ($0.parsed, $0.diagnostics) }, diagnostics: &diagnostics)
    }
}
