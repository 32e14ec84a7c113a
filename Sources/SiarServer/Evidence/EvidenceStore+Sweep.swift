import SiarContent

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension EvidenceStore {
    /// How long an upload may wait for a ledger row that names it: a day, time enough to finish the form.
    public static let unreferencedLifetime = 24 * 3600

    /// Removes uploads that no ledger row names and that are older than ``unreferencedLifetime``, and
    /// returns their project paths.
    ///
    /// Only files the store named itself (`upload-…`, which no placement id names) are candidates, so
    /// evidence put under `Content/evidence/` by hand is never touched.
    ///
    /// - Parameters:
    ///   - referenced: the `evidence` values of every ledger row (`evidence/<partner>/<file>`).
    ///   - now: seconds since 1970.
    @discardableResult
    public func sweep(keeping referenced: Set<String>, now: Int) -> [String] {
        let files = ProjectFiles(root: root)
        var removed: [String] = []
        for path in files.files(under: Self.folder, suffix: "") {
            let parts = path.split(separator: "/")
            guard parts.count == 4, parts[3].hasPrefix("upload-") else { continue }
            let value = SitePaths.relativeToContent(path)
            guard !referenced.contains(value), let stamp = FileStamp(path: files.fileSystemPath(path)) else { continue }
            guard Int(stamp.modified / 1_000_000_000) + Self.unreferencedLifetime <= now else { continue }
            if unlink(files.fileSystemPath(path)) == 0 { removed.append(path) }
        }
        return removed
    }
}
