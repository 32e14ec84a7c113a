/// Parsed release files from the previous build, so that an unchanged file is not parsed again
/// (``ContentLoader/load(reusing:)``).
///
/// Only files that parsed without any diagnostic are kept: a file with a warning is parsed on every build,
/// so its warning is printed every time. An entry is reused when the file's bytes hash to the recorded
/// value. The whole cache is void when anything the parser reads besides the file changes (``key(for:)``).
public struct ReleaseCache: Sendable {
    /// Bump when ``ReleaseParser`` or ``Release`` change what a file parses into. A new field of ``Release``
    /// must also be added to the encoding below (`ReleaseCacheTests` counts the fields).
    public static let parserVersion: UInt64 = 1

    /// One parsed file.
    public struct Entry: Sendable {
        /// ``StableHasher`` of the file's bytes.
        public var contentHash: UInt64
        /// The release with an empty `body`: the loader takes the body from the file it reads anyway.
        public var release: Release
        /// Where the slug came from, for duplicate-slug errors.
        public var slugLocation: SourceLocation

        public init(contentHash: UInt64, release: Release, slugLocation: SourceLocation) {
            self.contentHash = contentHash
            self.release = release
            self.slugLocation = slugLocation
        }
    }

    /// ``key(for:)`` of the settings the entries were parsed with.
    public var key: UInt64
    /// By project path (`Content/releases/2024/2024-03-05-x.md`).
    public var entries: [String: Entry]

    public init(key: UInt64, entries: [String: Entry] = [:]) {
        self.key = key
        self.entries = entries
    }

    /// Everything a release file's parse depends on besides its own bytes and path: the parser's version,
    /// the site's timezone and its list of region ids (images are checked again on every reuse).
    public static func key(for site: SiteConfig) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(parserVersion)
        hasher.combine(site.utcOffset)
        hasher.combine(site.regions.map(\.id))
        return hasher.finalize()
    }

    public func encode(into writer: inout BinaryWriter) {
        writer.writeFixed(key)
        writer.write(UInt64(entries.count))
        for (path, entry) in entries {
            writer.write(path)
            writer.writeFixed(entry.contentHash)
            entry.release.encodeWithoutBody(into: &writer)
            writer.write(entry.slugLocation.line)
            writer.write(entry.slugLocation.column)
        }
    }

    public init(from reader: inout BinaryReader) throws {
        key = try reader.readFixed()
        let count = try reader.readCount()
        entries = Dictionary(minimumCapacity: count)
        for _ in 0..<count {
            let path = try reader.readString()
            let hash = try reader.readFixed()
            let release = try Release(withoutBodyFrom: &reader, path: path)
            let location = SourceLocation(path: path, line: try reader.readInt(), column: try reader.readInt())
            entries[path] = Entry(contentHash: hash, release: release, slugLocation: location)
        }
    }
}

extension Release {
    /// Every field but `path` (the cache's key) and `body`.
    fileprivate func encodeWithoutBody(into writer: inout BinaryWriter) {
        writer.write(title)
        writer.write(date.secondsSinceEpoch)
        writer.write(date.utcOffset)
        writer.write(date.hasTime)
        writer.write(author)
        writer.write(slug)
        writer.write(number)
        writer.write(dateline)
        writer.write(category)
        writer.write(tags)
        writer.write(regions)
        writer.write(summary)
        writer.write(image)
        writer.write(imageAlt)
        writer.write(contact)
        writer.write(draft)
        writer.write(expires != nil)
        if let expires { writer.write(expires.dayNumber) }
        writer.write(bodyFirstLine)
    }

    /// Bounds that keep date arithmetic on a damaged record from overflowing (years −9999…9999).
    private static let plausibleDays = -4_371_588...2_932_896
    private static let plausibleSeconds = (plausibleDays.lowerBound * 86_400)...(plausibleDays.upperBound * 86_400)

    fileprivate init(withoutBodyFrom reader: inout BinaryReader, path: String) throws {
        let title = try reader.readString()
        let date = Timestamp(
            secondsSinceEpoch: try reader.readInt(Self.plausibleSeconds), utcOffset: try reader.readInt(-86_400...86_400),
            hasTime: try reader.readBool())
        self.init(
            path: path, title: title, date: date, author: try reader.readString(), slug: try reader.readString(),
            number: try reader.readOptionalString(), dateline: try reader.readOptionalString(),
            category: try reader.readOptionalString(), tags: try reader.readStrings(), regions: try reader.readStrings(),
            summary: try reader.readOptionalString(), image: try reader.readOptionalString(),
            imageAlt: try reader.readOptionalString(), contact: try reader.readOptionalString(), draft: try reader.readBool(),
            expires: try reader.readBool() ? CalendarDay(dayNumber: try reader.readInt(Self.plausibleDays)) : nil, body: "",
            bodyFirstLine: try reader.readInt())
    }
}
