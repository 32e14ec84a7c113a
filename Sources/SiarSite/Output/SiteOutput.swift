import SiarContent

/// Stage 6: renders the planned pages straight into a staging tree (in parallel, never holding the whole
/// site in memory), adds the assets, images and evidence files, and swaps the tree in.
struct SiteOutput {
    let renderer: PageRenderer
    let files: ProjectFiles
    let writer: SiteWriter

    /// Writes everything and returns the number of files written.
    func write(_ specs: [PageSpec]) throws -> Int {
        let staging = try writer.begin()
        do {
            let renderer = self.renderer
            let failures = specs.parallelMap { spec -> String? in
                do {
                    try staging.write(renderer.html(for: spec), to: renderer.file(of: spec))
                    return nil
                } catch {
                    return String(describing: error)
                }
            }
            if let failure = failures.compactMap({ $0 }).first { throw WriteError.failed(failure) }
            var count = specs.count
            count += try SiteDocuments(renderer: renderer).write(into: staging)
            for asset in renderer.theme.assets {
                try staging.copy(file: files.fileSystemPath(asset), to: String(asset.dropFirst("Templates/".count)))
                count += 1
            }
            for image in imagesToCopy() {
                try staging.copy(file: files.fileSystemPath("Content/" + image), to: image)
                count += 1
            }
            for evidence in renderer.compliance?.evidenceFiles ?? [] {
                try staging.copy(file: files.fileSystemPath("Content/" + evidence), to: CompliancePages.evidenceFolder + "/" + evidence)
                count += 1
            }
            try staging.commit()
            return count
        } catch {
            staging.discard()
            throw error
        }
    }

    /// Every file under `Content/images/` plus front-matter images elsewhere under `Content/`.
    private func imagesToCopy() -> [String] {
        var images = Set(files.files(under: "Content/images", suffix: "").map { String($0.dropFirst("Content/".count)) })
        for entry in renderer.index.entries {
            if let image = entry.release.image, !URLCheck.isAbsoluteHTTP(image) { images.insert(image) }
        }
        return images.sorted()
    }
}
