import SiarContent

/// What the `evidence` of a placement may be when the service writes it: the loader's rule
/// (``EvidenceCheck``), worded for the person filling in the form.
///
/// Anything else (a release, `site.yml`, a ledger, a partner file, another partner's upload, a `../` form)
/// would be copied into the public site by the build, so every placement write checks the value here
/// before anything is written, with the same function the loader applies to the ledger files.
enum EvidenceRule {
    /// The folder under `Content/` that holds the evidence files, one folder per partner.
    static let folder = EvidenceCheck.folder

    /// Nil when `value` is allowed for a row of `partner` in the project `files`; otherwise why not.
    static func problem(_ value: String, partner: String, files: ProjectFiles) -> Diagnostic.Reason? {
        guard !value.isEmpty, EvidenceCheck.problem(with: value, partner: partner, files: files) != nil else { return nil }
        return .wrongType(
            key: "evidence",
            expected:
                "an 'https://' link or an evidence file uploaded for this partner (PNG, JPEG, PDF or WebP); upload the file again or give its link"
        )
    }

    /// A name the evidence store could have written: `[A-Za-z0-9._-]` with an extension, not starting with
    /// `.`, at most 128 bytes.
    static func isPlainFileName(_ name: String) -> Bool { EvidenceCheck.isSafeFileName(Substring(name)) }
}
