extension ContentLoader {
    /// Reads every ledger file (``LedgerParser/paths(in:)``) and checks its rows.
    func loadLedger(partners: LoadedPartners, releases: [Release], diagnostics: inout [Diagnostic]) -> [Placement] {
        let files = self.files
        let parser = LedgerParser(
            partners: partners.partners, unreadablePartners: partners.unreadable, releaseSlugs: releases.map(\.slug),
            failedReleaseSlugs: failedReleaseSlugs(loaded: releases), files: files)
        return parser.placements(of: LedgerParser.paths(in: files), text: { files.text($0) }, diagnostics: &diagnostics)
    }
}

extension ContentLoader {
    /// The slugs claimed by release files that are not among `loaded` (they failed validation).
    func failedReleaseSlugs(loaded: [Release]) -> Set<String> {
        let loadedPaths = Set(loaded.map(\.path))
        var slugs = Set<String>()
        for path in files.files(under: "Content/releases", suffix: ".md") where !loadedPaths.contains(path) {
            guard case .success(let text) = files.text(path), let slug = ReleaseParser.claimedSlug(text, path: path) else { continue }
            slugs.insert(slug)
        }
        return slugs
    }
}

extension LedgerParser {
    /// Every `.csv` under `Content/placements` except the audit trail the management service keeps there
    /// (``Placement/auditTrailPath``), sorted.
    static func paths(in files: ProjectFiles) -> [String] {
        files.files(under: folder, suffix: ".csv").filter { $0 != Placement.auditTrailPath }
    }

    /// Parses the ledger files at `paths` in parallel, then checks that placement ids are unique across all
    /// years (the first row in file and line order keeps its id).
    func placements(
        of paths: [String], text: @Sendable (String) -> Result<String, Diagnostic>, diagnostics: inout [Diagnostic]
    ) -> [Placement] {
        let parsed = paths.parallelMap { path -> ([Placement], [Diagnostic]) in
            var found: [Diagnostic] = []
            switch text(path) {
            case .success(let text): return (parse(text, path: path, diagnostics: &found), found)
            case .failure(let diagnostic): return ([], [diagnostic])
            }
        }
        var placements: [Placement] = []
        var idOwners: [String: SourceLocation] = [:]
        for (rows, found) in parsed {
            diagnostics += found
            for placement in rows {
                if let first = idOwners[placement.id] {
                    diagnostics.append(
                        Diagnostic(.duplicatePlacementID(placement.id, first: first.description), at: placement.location))
                    continue
                }
                idOwners[placement.id] = placement.location
                placements.append(placement)
            }
        }
        return placements
    }
}
