import Foundation

/// The rule for an `evidence` value of the ledger: an `https://` URL, or `evidence/<partner>/<file>`
/// naming an existing regular file of an ``EvidenceType`` that belongs to the row's partner.
///
/// The build copies evidence files into the public site, so this rule is what keeps every other file
/// under `Content/` (releases, drafts, site settings, the ledger, other partners' evidence) from being
/// published by naming it in a row. The file's first bytes decide its type; the extension must agree.
///
/// ```swift
/// EvidenceCheck.problem(with: "evidence/kabar-rinjani/P25-0143.png", partner: "kabar-rinjani", files: files)  // nil
/// EvidenceCheck.problem(with: "site.yml", partner: "kabar-rinjani", files: files)  // .notAllowed
/// ```
public enum EvidenceCheck {
    /// Why a value is not usable evidence.
    public enum Problem: Sendable, Hashable {
        /// Neither an `https://` URL nor a path of the form `evidence/<partner>/<file>`.
        case notAllowed
        /// A path in another partner's evidence folder.
        case otherPartner(String)
        /// The path has the right form but no regular file is there.
        case missingFile
        /// The file is not a PNG, JPEG, PDF or WebP file, or its extension names another type.
        case wrongType
    }

    /// The folder under `Content/` that holds evidence files, one subfolder per partner.
    public static let folder = "evidence"

    /// nil when `value` is usable evidence of a row of `partner`; otherwise what is wrong with it.
    public static func problem(with value: String, partner: String, files: ProjectFiles) -> Problem? {
        if isHTTPS(value) { return nil }
        let parts = value.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == folder, Slug.isValid(String(parts[1])), isSafeFileName(parts[2]) else {
            return .notAllowed
        }
        guard parts[1] == partner else { return .otherPartner(String(parts[1])) }
        let path = "Content/" + value
        guard isRegularFile(files.fileSystemPath(path)) else { return .missingFile }
        let claimed = parts[2].split(separator: ".").last.flatMap { EvidenceType(fileExtension: String($0)) }
        guard let claimed, let head = try? files.prefix(path, count: 12), EvidenceType(detecting: head) == claimed else {
            return .wrongType
        }
        return nil
    }

    /// True for a URL the site may link as evidence: `https://` with a host, no spaces or control characters.
    public static func isHTTPS(_ value: String) -> Bool {
        let scheme = "https://"
        guard value.utf8.count > scheme.utf8.count, value.lowercased().hasPrefix(scheme) else { return false }
        return !value.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7F || $0 == "\\" }
    }

    /// ASCII letters, digits, `.`, `_` and `-`, not starting with `.`, with an extension; so no encoded
    /// form (`%2e`), separator or look-alike character can name another file.
    public static func isSafeFileName(_ name: Substring) -> Bool {
        let bytes = Array(name.utf8)
        guard let first = bytes.first, first != UInt8(ascii: "."), bytes.count <= 128, name.contains(".") else { return false }
        return bytes.allSatisfy {
            (65...90).contains($0) || (97...122).contains($0) || (48...57).contains($0)
                || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-")
        }
    }

    /// A regular file, not a link (a link could point anywhere) nor a folder.
    private static func isRegularFile(_ path: String) -> Bool {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { return false }
        return attributes[.type] as? FileAttributeType == .typeRegular
    }
}
