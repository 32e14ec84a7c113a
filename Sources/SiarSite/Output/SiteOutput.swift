import SiarContent

/// The output stage: renders the planned pages straight into a staging tree (in parallel, never holding the whole
/// site in memory), adds the documents, assets, images and evidence files, and swaps the tree in.
///
/// In an incremental build every file whose fingerprint equals the one recorded for the same path is
/// kept instead of being rendered (``OutputTree``): in place when the staging tree is the recycled output
/// of the build before last, else hard-linked from the live output. Only the rest is rendered and written.
/// The staging tree and the atomic swap are the same either way, so a failed build still leaves the
/// previous output untouched.
struct SiteOutput {
    let renderer: PageRenderer
    let files: ProjectFiles
    let writer: SiteWriter
    /// Fingerprints of pages and documents; nil writes everything and records nothing.
    var fingerprints: PageFingerprints?
    /// The live output's files, by path relative to the output.
    var previous: [String: OutputRecord]?
    /// Where the previous output is parked after the swap (nil: it is removed), and the folder taken as
    /// the staging tree when `recycle` is set.
    var spareFolder: String?
    var recycle = false
    /// The records of the files in `spareFolder`.
    var spare: [String: OutputRecord]?
    /// Identifies the program, for the fingerprints of copied files.
    var code: UInt64 = 0

    /// What was written.
    struct Outcome {
        /// Every file of the tree: pages, documents and copies, written or kept.
        var files = 0
        /// Pages kept from the previous output.
        var reusedPages = 0
        /// Documents and copies kept from the previous output.
        var reusedFiles = 0
        /// The fingerprinted files of the new tree, for the next build's cache.
        var records: [String: OutputRecord] = [:]
        /// Every file of the new tree.
        var placed: Set<String> = []
    }

    /// Writes everything and swaps the tree in, timing each step on `clock` (`pages`, `documents`,
    /// `files`, `swap`).
    ///
    /// Should the recycled spare tree turn out unusable, it is discarded and the output written once more
    /// into a fresh staging tree.
    func write(_ specs: [PageSpec], clock: inout StageClock) throws -> Outcome {
        guard recycle, let spareFolder else { return try write(specs, recycling: nil, clock: &clock) }
        do {
            return try write(specs, recycling: spareFolder, clock: &clock)
        } catch is RecyclingFailed {
            return try write(specs, recycling: nil, clock: &clock)
        }
    }

    /// A recycled staging tree could not be brought up to date.
    private struct RecyclingFailed: Error {}

    private func write(_ specs: [PageSpec], recycling folder: String?, clock: inout StageClock) throws -> Outcome {
        let staging = try writer.begin(recycling: folder)
        let tree = OutputTree(staging: staging, live: previous, spare: spare)
        defer { tree.close() }
        do {
            guard tree.isUsable else { throw WriteError.failed("the staging tree '\(staging.root)' cannot be written safely") }
            var outcome = Outcome()
            try writePages(specs, into: tree, outcome: &outcome)
            clock.lap("pages")
            try writeDocuments(renderer: renderer, into: tree, outcome: &outcome)
            clock.lap("documents")
            try copyFiles(into: tree, outcome: &outcome)
            tree.finish(placed: outcome.placed)
            clock.lap("files")
            try staging.commit(parkingOldTreeAt: spareFolder)
            clock.lap("swap")
            return outcome
        } catch {
            staging.discard()
            if staging.isRecycled { throw RecyclingFailed() }
            throw error
        }
    }

    /// Keeps or renders every page.
    private func writePages(_ specs: [PageSpec], into tree: OutputTree, outcome: inout Outcome) throws {
        let renderer = self.renderer
        let fingerprints = self.fingerprints
        let targets = specs.parallelMap { spec in
            let file = renderer.file(of: spec)
            return (spec: spec, file: file, fingerprint: fingerprints?.page(spec, file: file, renderer: renderer))
        }
        let kept = targets.parallelMap { target in tree.keep(target.file, fingerprint: target.fingerprint) }
        let rendered = zip(targets, kept).filter { $0.1 == nil }.map(\.0)
        let written = rendered.parallelMap { target -> Result<FileStamp?, WriteError> in
            do {
                return .success(try tree.write(renderer.html(for: target.spec), to: target.file))
            } catch {
                return .failure(.failed(String(describing: error)))
            }
        }
        for (target, stamp) in zip(targets, kept) { record(target.file, target.fingerprint, stamp, in: &outcome) }
        for (target, result) in zip(rendered, written) { record(target.file, target.fingerprint, try result.get(), in: &outcome) }
        outcome.files += specs.count
        outcome.placed.formUnion(targets.map(\.file))
        outcome.reusedPages = kept.count { $0 != nil }
    }

    /// Keeps or renders the feeds, sitemaps, robots.txt and the search index.
    private func writeDocuments(renderer: PageRenderer, into tree: OutputTree, outcome: inout Outcome) throws {
        let documents = SiteDocuments(renderer: renderer, fingerprints: fingerprints).documents()
        let kept = documents.parallelMap { tree.keep($0.path, fingerprint: $0.fingerprint) }
        let rendered = zip(documents, kept).filter { $0.1 == nil }.map(\.0)
        // Feed entries are made only for the feeds being written.
        let entries = SiteDocuments.feedEntries(for: rendered, renderer: renderer)
        let written = rendered.parallelMap { document -> Result<FileStamp?, WriteError> in
            do {
                return .success(try tree.write(document.text(entries), to: document.path))
            } catch {
                return .failure(.failed(String(describing: error)))
            }
        }
        for (document, stamp) in zip(documents, kept) { record(document.path, document.fingerprint, stamp, in: &outcome) }
        for (document, result) in zip(rendered, written) { record(document.path, document.fingerprint, try result.get(), in: &outcome) }
        outcome.files += documents.count
        outcome.placed.formUnion(documents.map(\.path))
        outcome.reusedFiles += kept.count { $0 != nil }
    }

    /// Copies the theme's assets, the images and the evidence files; an unchanged source whose stamp has
    /// settled keeps the previous copy.
    private func copyFiles(into tree: OutputTree, outcome: inout Outcome) throws {
        var copies = renderer.theme.assets.map { (source: $0, target: SitePaths.siteFile(ofTemplateFile: $0)) }
        copies += imagesToCopy().map { (source: SitePaths.contentFile($0), target: $0) }
        copies += (renderer.compliance?.evidenceFiles ?? []).map {
            (source: SitePaths.contentFile($0), target: SitePaths.file(for: SitePaths.evidence($0)))
        }
        let now = FileStamp.now()
        let files = self.files
        let code = self.code
        let incremental = fingerprints != nil
        let results = copies.parallelMap { copy -> Result<(FileStamp?, UInt64?, Bool), WriteError> in
            let source = files.fileSystemPath(copy.source)
            var fingerprint: UInt64?
            if incremental, let stamp = FileStamp(path: source), stamp.isSettled(at: now) {
                var hasher = StableHasher(seed: code)
                hasher.combine(copy.source)
                stamp.encode(into: &hasher)
                fingerprint = hasher.finalize()
            }
            if let kept = tree.keep(copy.target, fingerprint: fingerprint) { return .success((kept, fingerprint, true)) }
            do {
                return .success((try tree.copy(file: source, to: copy.target), fingerprint, false))
            } catch let error as WriteError {
                return .failure(error)
            } catch {
                return .failure(.failed(String(describing: error)))
            }
        }
        for (copy, result) in zip(copies, results) {
            let (stamp, fingerprint, kept) = try result.get()
            record(copy.target, fingerprint, stamp, in: &outcome)
            if kept { outcome.reusedFiles += 1 }
        }
        outcome.files += copies.count
        outcome.placed.formUnion(copies.map(\.target))
    }

    private func record(_ file: String, _ fingerprint: UInt64?, _ stamp: FileStamp?, in outcome: inout Outcome) {
        guard let fingerprint, let stamp else { return }
        outcome.records[file] = OutputRecord(fingerprint: fingerprint, stamp: stamp)
    }

    /// Every file under `Content/images/` plus front-matter images elsewhere under `Content/`.
    private func imagesToCopy() -> [String] {
        var images = Set(files.files(under: SitePaths.imagesFolder, suffix: "").map(SitePaths.relativeToContent))
        for entry in renderer.index.entries {
            if let image = entry.release.image, !URLCheck.isAbsoluteHTTP(image) { images.insert(image) }
        }
        return images.sorted()
    }
}

extension FileStamp {
    /// Feeds every field into `hasher`.
    func encode(into hasher: inout StableHasher) {
        hasher.combine(device)
        hasher.combine(inode)
        hasher.combine(Int(size))
        hasher.combine(Int(modified))
        hasher.combine(Int(changed))
    }
}
