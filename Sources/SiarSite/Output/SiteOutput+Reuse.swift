import SiarContent

extension SiteOutput {
    /// Lets this output keep the unchanged files of the previous one, and record its own for the next
    /// build: fingerprints for every page and document, the records of the live and spare trees, and the
    /// spare tree to recycle as the staging tree.
    ///
    /// `previous` is the cache the build read (nil: nothing to keep, but record everything); `sources` the
    /// release cache the loader returned, whose content hashes identify each release's file.
    mutating func reuse(_ previous: BuildCache?, sources: ReleaseCache, releases: [Release], output: String) {
        let site = renderer.site
        let global = PageFingerprints.global(
            code: BuildCache.codeIdentity, files: files, site: site, options: renderer.options,
            hasPartnerPages: renderer.compliance != nil)
        var fingerprints = PageFingerprints(global: global, index: renderer.index, sources: sources, asOf: renderer.asOf)
        fingerprints.compliance = renderer.compliance.map { pages in
            PageFingerprints.compliance(
                global: global, files: files, asOf: renderer.asOf.localDay, releases: releases, entries: renderer.index.entries,
                pages: pages)
        }
        self.fingerprints = fingerprints
        self.previous = previous?.output
        spareFolder = BuildCache.spareFolder(for: output)
        recycle = true
        spare = previous?.spare
        code = BuildCache.codeIdentity
    }
}
