import SiarContent

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Stores uploaded evidence (bukti tayang) under `Content/evidence/<partner>/`.
///
/// The type is decided by the first bytes of the file (PNG, JPEG, PDF), never by its name; a name whose
/// extension claims another type is refused. The store chooses the file name itself (the placement id, or
/// a random one), so no path from a request ever reaches the file system; the partner id must be a slug of
/// an existing partner. Files are written atomically and an existing file is never replaced.
///
/// ```swift
/// let file = try EvidenceStore(root: ".").save(bytes, partner: "kabar-rinjani", placement: "P25-0143",
///                                              fileName: "tangkapan.png", by: user)
/// draft.evidence = file.ledgerValue   // "evidence/kabar-rinjani/P25-0143.png"
/// ```
public struct EvidenceStore: Sendable {
    /// 10 MiB.
    public static let defaultLimit = 10 * 1024 * 1024
    /// The folder under the project root.
    public static let folder = SitePaths.evidenceFolder

    public let root: String
    /// The largest file accepted, in bytes.
    public let limit: Int

    public init(root: String, limit: Int = EvidenceStore.defaultLimit) {
        self.root = ProjectFiles(root: root).root
        self.limit = limit
    }

    /// Checks and writes one upload and returns where it is.
    ///
    /// - Parameters:
    ///   - placement: names the file when it is a plain id (`[A-Za-z0-9._-]`, up to 64 characters);
    ///     otherwise, or when that name is taken, the name gets a random part.
    ///   - fileName: the name the client sent, only to compare its extension with the content.
    public func save(
        _ bytes: some Collection<UInt8>, partner: String, placement: String? = nil, fileName: String? = nil, by user: User
    ) throws -> EvidenceFile {
        guard user.mayAdd(partner: partner) else {
            throw AccessError.forbidden("user '\(user.name)' cannot upload evidence for partner '\(partner)'")
        }
        guard Slug.isValid(partner) else { throw EvidenceError.invalidPartner(partner) }
        let files = ProjectFiles(root: root)
        guard files.exists(SitePaths.partnerFile(partner)) else { throw EvidenceError.unknownPartner(partner) }
        guard !bytes.isEmpty else { throw EvidenceError.empty }
        guard bytes.count <= limit else { throw EvidenceError.tooLarge(size: bytes.count, limit: limit) }
        guard let type = EvidenceType(detecting: bytes) else { throw EvidenceError.unsupportedType }
        if let declared = Self.fileExtension(of: fileName), EvidenceType(fileExtension: declared) != type {
            throw EvidenceError.extensionMismatch(declared: declared, detected: type)
        }
        let folder = Self.folder + "/" + partner
        try AtomicFile.makeFolders(files.fileSystemPath(folder))
        let content = Array(bytes)
        for stem in Self.names(placement: placement) {
            let path = folder + "/" + stem + "." + type.fileExtension
            if try AtomicFile.create(content, at: files.fileSystemPath(path)) {
                return EvidenceFile(path: path, type: type, size: content.count)
            }
        }
        throw AccessError.conflict("cannot find a free file name for the evidence; try again")
    }

    /// Deletes a file this store saved, such as the evidence of a placement that was then refused.
    public func remove(_ file: EvidenceFile) throws {
        let parts = file.path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 4, file.path.hasPrefix(Self.folder + "/"), URLCheck.isContainedRelativePath(file.path) else {
            throw AccessError.notFound("no evidence file '\(file.path)'")
        }
        try FileSystemError.check("unlink", file.path) { unlink(ProjectFiles(root: root).fileSystemPath(file.path)) }
    }

    /// The extension of a client's file name, lowercased; nil when it has none.
    static func fileExtension(of name: String?) -> String? {
        guard let name, let dot = name.lastIndex(of: "."), name.index(after: dot) < name.endIndex else { return nil }
        let last = name[name.index(after: dot)...]
        return last.contains("/") || last.contains("\\") ? nil : last.lowercased()
    }

    /// File name stems to try: the placement id (when it is a safe name), then random names.
    static func names(placement: String?) -> [String] {
        let random = (0..<8).map { _ in
            String((0..<12).map { _ in "0123456789abcdefghijklmnopqrstuvwxyz".randomElement() ?? "0" })
        }
        guard let placement, isSafeName(placement) else { return random.map { "upload-" + $0 } }
        return [placement] + random.map { placement + "-" + $0 }
    }

    private static func isSafeName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard let first = bytes.first, first != UInt8(ascii: "."), bytes.count <= 64 else { return false }
        return bytes.allSatisfy {
            (65...90).contains($0) || (97...122).contains($0) || (48...57).contains($0) || $0 == 46 || $0 == 95 || $0 == 45
        }
    }
}

/// An evidence file the store wrote.
public struct EvidenceFile: Sendable, Hashable, Codable {
    /// The project path, e.g. `Content/evidence/kabar-rinjani/P25-0143.png`.
    public let path: String
    public let type: EvidenceType
    /// In bytes.
    public let size: Int

    /// What the ledger's `evidence` column holds: the path under `Content/` (`evidence/kabar-rinjani/P25-0143.png`).
    public var ledgerValue: String { SitePaths.relativeToContent(path) }
}
