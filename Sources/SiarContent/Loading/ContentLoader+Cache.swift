extension ContentLoader {
    /// What ``load(reusing:)`` learnt about the release files, for ``Result``.
    struct CachedReleases {
        var cache: ReleaseCache?
        var hashes: [String: UInt64] = [:]
        var bodiesLeftOut: Set<String> = []
    }

    /// Loads like ``load()``, but takes unchanged release files from `cache` instead of reading and parsing
    /// them, and returns the cache for the next build in ``Result/releaseCache``.
    ///
    /// A release taken from the cache by its file stamp alone has an empty `body` and its path in
    /// ``Result/bodiesLeftOut``. Everything that spans files (unique slugs, the ledger's release names, the
    /// partners) runs as in ``load()``, so the diagnostics are the same as without a cache.
    public func load(reusing cache: ReleaseCache?) -> Result {
        load(caching: true, reusing: cache)
    }

    /// The body of the release file at `path`, read again, or nil when the file no longer hashes to
    /// `contentHash` (it changed after the build loaded it).
    public func releaseBody(at path: String, contentHash: UInt64) -> String? {
        guard let bytes = try? files.bytes(path), StableHasher.hash(bytes) == contentHash,
            case .success(let text) = SourceText.decode(bytes, path: path), case .success(let parts) = FrontMatter.split(text)
        else { return nil }
        return String(parts.body)
    }

    /// One release file: its parse (or the cached one) and the cache entry to keep for the next build.
    private struct LoadedFile: Sendable {
        var parsed: (Release, SourceLocation)?
        var diagnostics: [Diagnostic]
        var entry: ReleaseCache.Entry?
        var hash: UInt64?
        var bodyLeftOut = false
    }

    func loadReleases(
        site: SiteConfig, reusing cache: ReleaseCache?, into cached: inout CachedReleases, diagnostics: inout [Diagnostic]
    ) -> [Release] {
        let listed = files.stampedFiles(under: SitePaths.releasesFolder, suffix: ".md")
        let paths = listed.map(\.path)
        let files = self.files
        let key = ReleaseCache.key(for: site)
        let previous = cache?.key == key ? cache?.entries ?? [:] : [:]
        let parser = ReleaseParser(site: site, fileExists: { files.exists(SitePaths.contentFile($0)) })
        let now = FileStamp.now()
        // An image the release names must still exist, or the file is parsed again to report it.
        let imagesExist: @Sendable (Release) -> Bool = { release in
            guard let image = release.image, !URLCheck.isAbsoluteHTTP(image) else { return true }
            return files.exists(SitePaths.contentFile(image))
        }
        let loaded = listed.parallelMap { path, stamp -> LoadedFile in
            // The stamp is taken before the bytes are read: a write in between changes it for the next build.
            let earlier = previous[path]
            if let stamp, let earlier, earlier.settled, earlier.stamp == stamp, imagesExist(earlier.release) {
                return LoadedFile(
                    parsed: (earlier.release, earlier.slugLocation), diagnostics: [], entry: earlier, hash: earlier.contentHash,
                    bodyLeftOut: true)
            }
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
                var entry = earlier
                if let stamp {
                    entry.stamp = stamp
                    entry.settled = stamp.isSettled(at: now)
                } else {
                    entry.settled = false
                }
                return LoadedFile(parsed: (release, earlier.slugLocation), diagnostics: [], entry: entry, hash: hash)
            }
            var found: [Diagnostic] = []
            let parsed = parser.parse(text, path: path, diagnostics: &found)
            var entry: ReleaseCache.Entry?
            if let (release, slugLocation) = parsed, found.isEmpty, let stamp {
                var bodiless = release
                bodiless.body = ""
                entry = ReleaseCache.Entry(
                    stamp: stamp, settled: stamp.isSettled(at: now), contentHash: hash, release: bodiless, slugLocation: slugLocation)
            }
            return LoadedFile(parsed: parsed, diagnostics: found, entry: entry, hash: hash)
        }
        var next = ReleaseCache(key: key)
        for (path, file) in zip(paths, loaded) {
            if let entry = file.entry { next.entries[path] = entry }
            if let hash = file.hash { cached.hashes[path] = hash }
            if file.bodyLeftOut { cached.bodiesLeftOut.insert(path) }
        }
        cached.cache = next
        return uniqueReleases(loaded.map { ($0.parsed, $0.diagnostics) }, diagnostics: &diagnostics)
    }
}
