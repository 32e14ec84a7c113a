import SiarContent

/// The related releases of every entry (``SiteIndex/related``) at the previous build, with the signature
/// of everything they were computed from, so an edit that changes no slug, order or term skips the scoring.
struct RelatedCache: Sendable {
    /// Bump when ``SiteIndex/relatedEntries(entries:terms:)`` changes.
    static let version: UInt64 = 1

    var signature: UInt64
    var related: [[Int]]

    static let empty = RelatedCache(signature: 0, related: [])

    /// Hashes what the scoring reads: the order of the entries, their slugs and their raw tags, category
    /// and regions (``Taxonomy/terms(of:)`` of the weighted taxonomies).
    static func signature(of entries: [ReleaseEntry]) -> UInt64 {
        var hasher = StableHasher()
        hasher.combine(version)
        hasher.combine(entries.count)
        for index in entries.indices {
            hasher.combine(entries[index].release.slug)
            hasher.combine(entries[index].release.tags)
            hasher.combine(entries[index].release.category)
            hasher.combine(entries[index].release.regions)
        }
        return hasher.finalize()
    }

    /// The cached lists when they were computed for entries with `signature`, nil otherwise.
    func lists(for signature: UInt64, count: Int) -> [[Int]]? {
        guard signature == self.signature, related.count == count,
            related.allSatisfy({ list in list.allSatisfy { (0..<count).contains($0) } })
        else { return nil }
        return related
    }

    func encode(into writer: inout BinaryWriter) {
        writer.writeFixed(signature)
        writer.write(UInt64(related.count))
        for list in related {
            writer.write(UInt64(list.count))
            for position in list { writer.write(position) }
        }
    }

    init(signature: UInt64, related: [[Int]]) {
        self.signature = signature
        self.related = related
    }

    init(from reader: inout BinaryReader) throws {
        signature = try reader.readFixed()
        let count = try reader.readCount()
        related = []
        related.reserveCapacity(count)
        for _ in 0..<count {
            var list: [Int] = []
            for _ in 0..<(try reader.readCount()) { list.append(try reader.readInt()) }
            related.append(list)
        }
    }
}
