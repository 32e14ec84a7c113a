import SiarContent

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The audit trail of the ledger, `Content/placements/audit.csv`: one row per change the service made
/// (`time,user,action,placement,fields`), appended just before the ledger file is renamed into place.
///
/// The file is only ever appended to, with one `write` of a whole record on a file opened with `O_APPEND`,
/// then flushed; it stays readable in a spreadsheet like the ledger.
public struct AuditTrail: Sendable {
    /// The project path of the file.
    public static let path = Placement.auditTrailPath

    public let root: String

    public init(root: String) {
        self.root = ProjectFiles(root: root).root
    }

    /// Every entry, oldest first; rows that are not entries (edited by hand) are skipped.
    public func entries() throws -> [AuditEntry] {
        let files = ProjectFiles(root: root)
        guard files.exists(Self.path) else { return [] }
        let bytes: [UInt8]
        do {
            bytes = try files.bytes(Self.path)
        } catch {
            throw FileSystemError("read", files.fileSystemPath(Self.path), code: EIO)
        }
        // Shown, never parsed for rules: a stray invalid byte becomes U+FFFD instead of hiding the whole trail.
        let text = String(decoding: bytes, as: UTF8.self).replacing("\r\n", with: "\n")
        return CSVText.records(text, path: Self.path).records.compactMap(AuditEntry.init(cells:))
    }

    /// Appends `entry` and flushes it to disk; creates the file with its header when missing.
    func append(_ entry: AuditEntry) throws {
        let header = Array((CSVText.line(AuditEntry.columns) + "\n").utf8)
        try AtomicFile.append(Array((CSVText.line(entry.cells) + "\n").utf8), to: root + "/" + Self.path, header: header)
    }
}
