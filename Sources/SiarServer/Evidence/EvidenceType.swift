/// The kinds of evidence file (bukti tayang) the service accepts, recognised by their first bytes.
public enum EvidenceType: String, Sendable, Hashable, CaseIterable, Codable {
    case png
    case jpeg
    case pdf

    /// The type the bytes start like, if any: `\x89PNG\r\n\x1a\n`, `\xFF\xD8\xFF` or `%PDF-`.
    public init?(detecting bytes: some Collection<UInt8>) {
        guard let type = Self.allCases.first(where: { bytes.starts(with: $0.signature) }) else { return nil }
        self = type
    }

    /// The type a file name extension claims (`png`, `jpg`, `jpeg`, `pdf`, any case), if any.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "png": self = .png
        case "jpg", "jpeg": self = .jpeg
        case "pdf": self = .pdf
        default: return nil
        }
    }

    /// The extension of the files the service writes.
    public var fileExtension: String {
        switch self {
        case .png: "png"
        case .jpeg: "jpg"
        case .pdf: "pdf"
        }
    }

    /// The media type to serve the file with.
    public var mediaType: String {
        switch self {
        case .png: "image/png"
        case .jpeg: "image/jpeg"
        case .pdf: "application/pdf"
        }
    }

    private var signature: [UInt8] {
        switch self {
        case .png: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        case .jpeg: [0xFF, 0xD8, 0xFF]
        case .pdf: Array("%PDF-".utf8)
        }
    }
}
