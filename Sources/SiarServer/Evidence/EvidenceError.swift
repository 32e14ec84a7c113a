import SiarContent

/// Why ``EvidenceStore`` refused an upload.
public enum EvidenceError: ServiceError, Hashable, CustomStringConvertible {
    case empty
    case tooLarge(size: Int, limit: Int)
    /// The bytes are not a PNG, JPEG or PDF file.
    case unsupportedType
    /// The file name claims another type than the bytes have (or one that is not allowed).
    case extensionMismatch(declared: String, detected: EvidenceType)
    /// Not a partner id (`[a-z0-9-]+`).
    case invalidPartner(String)
    case unknownPartner(String)

    public var status: Int {
        switch self {
        case .tooLarge: 413
        case .unsupportedType, .extensionMismatch: 415
        case .unknownPartner: 404
        case .empty, .invalidPartner: 422
        }
    }

    public var message: String {
        switch self {
        case .empty:
            "the evidence file is empty; choose the screenshot, photo or scan to upload"
        case .tooLarge(let size, let limit):
            "the evidence file has \(size) bytes but at most \(limit) are allowed; upload a smaller image or PDF"
        case .unsupportedType:
            "the evidence must be a PNG or JPEG image or a PDF document"
        case .extensionMismatch(let declared, let detected):
            "the file is named '.\(declared)' but holds a \(detected.rawValue.uppercased()) file; rename it to '.\(detected.fileExtension)'"
        case .invalidPartner(let id):
            "invalid partner id '\(id)'; use the file name of \(SitePaths.partnerFile("<id>"))"
        case .unknownPartner(let id):
            "unknown partner '\(id)'; evidence can only be stored for a partner in \(SitePaths.partnersFolder)/"
        }
    }

    public var description: String { message }
}
