import SiarContent

/// What the `evidence` of a placement may be when the service writes it: an `https://` URL, or
/// `evidence/<the row's partner>/<file>` naming an existing PNG, JPEG, PDF or WebP file of that partner.
///
/// Anything else (a release, `site.yml`, a ledger, a partner file, another partner's upload, a `../` form)
/// would be copied into the public site by the build, so every placement write checks the value here
/// before anything is written. The loader applies the same rule to the ledger files; this is the one
/// function the service calls, so it can delegate to the loader's rule when that is shared.
enum EvidenceRule {
    /// The folder under `Content/` that holds the evidence files, one folder per partner.
    static let folder = "evidence"

    /// Nil when `value` is allowed for a row of `partner` in the project `files`; otherwise why not.
    static func problem(_ value: String, partner: String, files: ProjectFiles) -> Diagnostic.Reason? {
        if value.isEmpty { return nil }
        if URLCheck.isAbsoluteHTTP(value) {
            return value.lowercased().hasPrefix("https://") ? nil : refused
        }
        let parts = value.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == Substring(folder), parts[1] == Substring(partner), Slug.isValid(partner),
            URLCheck.isContainedRelativePath(value), isPlainFileName(String(parts[2])),
            let declared = EvidenceStore.fileExtension(of: String(parts[2])).flatMap({ EvidenceType(fileExtension: $0) }),
            let bytes = try? files.bytes("Content/" + value), EvidenceType(detecting: bytes.prefix(16)) == declared
        else { return refused }
        return nil
    }

    private static var refused: Diagnostic.Reason {
        .wrongType(
            key: "evidence",
            expected:
                "an 'https://' link or an evidence file uploaded for this partner (PNG, JPEG, PDF or WebP); upload the file again or give its link"
        )
    }

    /// `[A-Za-z0-9._-]`, not starting with `.`, at most 128 bytes: a name the evidence store could have written.
    static func isPlainFileName(_ name: String) -> Bool {
        guard let first = name.utf8.first, first != UInt8(ascii: "."), name.utf8.count <= 128 else { return false }
        return name.utf8.allSatisfy { byte in
            (65...90).contains(byte) || (97...122).contains(byte) || (48...57).contains(byte) || byte == 46 || byte == 95 || byte == 45
        }
    }
}
