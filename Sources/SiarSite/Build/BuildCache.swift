import Foundation
import SiarContent

#if canImport(Glibc)
    import Glibc
#endif

/// What one build leaves for the next, so that an incremental build redoes only what an edit touched:
/// the parsed releases (``ReleaseCache``), the bodies' Markdown analysis (``MarkdownCache``), the related
/// releases of the index, and the fingerprint and stamp of every file of the output (``OutputRecord``) and
/// of the spare tree.
///
/// It lives beside the output, in `<parent>/.siar-cache/<output folder name>/` (git-ignored): the file
/// `build.cache`, and `spare/`, the output the last swap replaced, which the next build recycles as its
/// staging tree (``OutputTree``) instead of creating and deleting a folder per page. The file is written
/// only after the new output was swapped in, to a temporary file renamed into place. All of it is only ever
/// an optimisation: a missing, unreadable, truncated or foreign file, or one written by another build of
/// Siar (``codeIdentity``), is ignored and the build runs in full; deleting the folder is always safe.
struct BuildCache: Sendable {
    /// Bump whenever the layout below changes.
    static let formatVersion = 2
    static let magic = "siar-build-cache-\(formatVersion)"

    /// ``codeIdentity()`` of the program that wrote the cache.
    var code: UInt64
    var releases: ReleaseCache
    var markdown: MarkdownCache
    var related: RelatedCache
    /// The files of the output.
    var output: [String: OutputRecord]
    /// The files of the spare tree.
    var spare: [String: OutputRecord]

    /// The cache folder of an output folder.
    static func folder(for output: String) -> String {
        let url = URL(fileURLWithPath: output).standardizedFileURL
        return url.deletingLastPathComponent().path + "/.siar-cache/" + url.lastPathComponent
    }

    /// The cache file of an output folder.
    static func path(for output: String) -> String { folder(for: output) + "/build.cache" }

    /// The spare tree of an output folder.
    static func spareFolder(for output: String) -> String { folder(for: output) + "/spare" }

    /// The format version together with the running executable's identity (device, inode, size and
    /// modification time), so a cache written by any other build of the program is never trusted.
    static let codeIdentity: UInt64 = {
        var hasher = StableHasher()
        hasher.combine(magic)
        if let executable = Bundle.main.executablePath, let stamp = FileStamp(path: executable) {
            hasher.combine(stamp.device)
            hasher.combine(stamp.inode)
            hasher.combine(Int(stamp.size))
            hasher.combine(Int(stamp.modified))
        } else {
            hasher.combine(UInt64.random(in: .min ... .max))
        }
        return hasher.finalize()
    }()

    /// The cache of `output`, nil when there is none or it cannot be used.
    static func read(for output: String) -> BuildCache? {
        guard let bytes = readFile(path(for: output)), var reader = BinaryCoding.open(bytes, magic: magic) else { return nil }
        return try? BuildCache(from: &reader)
    }

    /// Writes the cache of `output` atomically; failures are ignored (the next build is then a full one).
    func write(for output: String) {
        let target = Self.path(for: output)
        let folder = (target as NSString).deletingLastPathComponent
        guard (try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)) != nil else { return }
        var writer = BinaryWriter(capacity: expectedSize(previousFile: target))
        encode(into: &writer)
        let payload = writer.bytes
        let temporary = folder + "/.build.cache.\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        guard Self.writeFile(temporary, [BinaryCoding.header(for: payload, magic: Self.magic), payload]),
            rename(temporary, target) == 0
        else {
            unlink(temporary)
            return
        }
    }

    /// More than the encoding will take, so the buffer never grows: growing copies it, and at 50,000
    /// releases the old and the new buffer side by side were the build's peak memory. Reserved pages that
    /// are never written cost no memory. Sized from the previous file, or, without one, generously from the
    /// number of releases (about 1.4 KB each at 10,000) and output files.
    private func expectedSize(previousFile path: String) -> Int {
        let estimate = releases.entries.count * 3 * 1024 + output.count * 256
        return max(Int(FileStamp(path: path)?.size ?? 0), estimate) + (1 << 20)
    }

    /// The whole file, read with one allocation; nil when it cannot be read.
    private static func readFile(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        guard let size = FileStamp(descriptor: descriptor)?.size, size >= 0, size < Int64(Int32.max) else { return nil }
        var complete = true
        let bytes = [UInt8](unsafeUninitializedCapacity: Int(size)) { buffer, initialized in
            var offset = 0
            while offset < buffer.count {
                let count = Glibc.read(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 && errno == EINTR { continue }
                guard count > 0 else { break }
                offset += count
            }
            complete = offset == buffer.count
            initialized = offset
        }
        return complete ? bytes : nil
    }

    /// Writes `parts` one after the other into a new file at `path`.
    private static func writeFile(_ path: String, _ parts: [[UInt8]]) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        for part in parts {
            let written = part.withUnsafeBytes { buffer -> Bool in
                var offset = 0
                while offset < buffer.count {
                    let count = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                    if count < 0 && errno == EINTR { continue }
                    guard count > 0 else { return false }
                    offset += count
                }
                return true
            }
            guard written else { return false }
        }
        return true
    }

    init(
        code: UInt64, releases: ReleaseCache, markdown: MarkdownCache, related: RelatedCache, output: [String: OutputRecord],
        spare: [String: OutputRecord]
    ) {
        self.code = code
        self.releases = releases
        self.markdown = markdown
        self.related = related
        self.output = output
        self.spare = spare
    }

    func encode(into writer: inout BinaryWriter) {
        writer.writeFixed(code)
        releases.encode(into: &writer)
        markdown.encode(into: &writer)
        related.encode(into: &writer)
        Self.encode(output, into: &writer)
        Self.encode(spare, into: &writer)
    }

    init(from reader: inout BinaryReader) throws {
        code = try reader.readFixed()
        guard code == Self.codeIdentity else { throw BinaryReader.Malformed() }
        releases = try ReleaseCache(from: &reader)
        markdown = try MarkdownCache(from: &reader)
        related = try RelatedCache(from: &reader)
        output = try Self.records(from: &reader)
        spare = try Self.records(from: &reader)
        guard reader.isAtEnd else { throw BinaryReader.Malformed() }
    }

    private static func encode(_ records: [String: OutputRecord], into writer: inout BinaryWriter) {
        writer.write(UInt64(records.count))
        // Dictionary order: the file need not be deterministic, only readable.
        for (path, record) in records {
            writer.write(path)
            writer.writeFixed(record.fingerprint)
            record.stamp.encode(into: &writer)
        }
    }

    private static func records(from reader: inout BinaryReader) throws -> [String: OutputRecord] {
        let count = try reader.readCount()
        var records = [String: OutputRecord](minimumCapacity: count)
        for _ in 0..<count {
            let path = try reader.readString()
            records[path] = OutputRecord(fingerprint: try reader.readFixed(), stamp: try FileStamp(from: &reader))
        }
        return records
    }
}
