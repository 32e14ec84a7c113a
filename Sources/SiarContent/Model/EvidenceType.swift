/// The kinds of evidence file (bukti tayang) Siar accepts, recognised by their first bytes.
///
/// The ledger rule and the service both decide a file's type from its content; an extension alone
/// never makes a file evidence.
public enum EvidenceType: String, Sendable, Hashable, CaseIterable, Codable {
    case png
    case jpeg
    case pdf
    case webp

    /// The type the bytes start like, if any: `\x89PNG\r\n\x1a\n`, `\xFF\xD8\xFF`, `%PDF-` or
    /// `RIFF????WEBP`.
    public init?(detecting bytes: some Collection<UInt8>) {
        let head = Array(bytes.prefix(12))
        guard let type = Self.allCases.first(where: { $0.matches(head) }) else { return nil }
        self = type
    }

    /// The type a file name extension claims (`png`, `jpg`, `jpeg`, `pdf`, `webp`, any case), if any.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "png": self = .png
        case "jpg", "jpeg": self = .jpeg
        case "pdf": self = .pdf
        case "webp": self = .webp
        default: return nil
        }
    }

    /// The extension of the files the service writes.
    public var fileExtension: String {
        switch self {
        case .png: "png"
        case .jpeg: "jpg"
        case .pdf: "pdf"
        case .webp: "webp"
        }
    }

    /// The media type to serve the file with.
    public var mediaType: String {
        switch self {
        case .png: "image/png"
        case .jpeg: "image/jpeg"
        case .pdf: "application/pdf"
        case .webp: "image/webp"
        }
    }

    private func matches(_ head: [UInt8]) -> Bool {
        switch self {
        case .png: head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        case .jpeg: head.starts(with: [0xFF, 0xD8, 0xFF])
        case .pdf: head.starts(with: Array("%PDF-".utf8))
        // A RIFF container whose form type is WEBP; bytes 4…7 are the chunk size.
        case .webp: head.count >= 12 && head.starts(with: Array("RIFF".utf8)) && head[8..<12].elementsEqual("WEBP".utf8)
        }
    }
}
