extension ContentLoader {
    /// Partners read from `Content/partners/*.yml`, and the ids of partner files that could not be read.
    struct LoadedPartners {
        var partners: [Partner] = []
        var unreadable: Set<String> = []
    }

    /// Reads every partner file in parallel, then checks what spans files: partner ids and contract
    /// numbers are unique site-wide (the first file in path order keeps its claim).
    func loadPartners(diagnostics: inout [Diagnostic]) -> LoadedPartners {
        let paths = files.files(under: PartnerParser.folder, suffix: ".yml")
        let files = self.files
        let parsed = paths.parallelMap { path -> (String, Partner?, [Diagnostic]) in
            var found: [Diagnostic] = []
            switch files.text(path) {
            case .success(let text): return (path, PartnerParser.parse(text, path: path, diagnostics: &found), found)
            case .failure(let diagnostic): return (path, nil, [diagnostic])
            }
        }
        var loaded = LoadedPartners()
        var partnerOwners: [String: String] = [:]
        var contractOwners: [String: String] = [:]
        for (path, result, found) in parsed {
            diagnostics += found
            let id = PartnerParser.partnerID(path: path)
            if let first = partnerOwners[id] {
                diagnostics.append(
                    Diagnostic(.duplicatePartnerID(id, firstPath: first), at: SourceLocation(path: path, line: 1, column: 1)))
                continue
            }
            partnerOwners[id] = path
            guard let partner = result else {
                loaded.unreadable.insert(id)
                continue
            }
            for contract in partner.contracts {
                if let first = contractOwners[contract.number] {
                    let location = contract.location ?? SourceLocation(path: path)
                    diagnostics.append(Diagnostic(.duplicateContractNumber(contract.number, firstPath: first), at: location))
                } else {
                    contractOwners[contract.number] = path
                }
            }
            loaded.partners.append(partner)
        }
        return loaded
    }
}
