/// Resolves relative links between release files to the releases' public URLs.
public struct ReleaseLinks: Sendable {
    private let urlByPath: [String: String]

    /// `urlByPath` maps project paths (`Content/releases/2024/x.md`) to site paths (`/berita/x/`).
    public init(urlByPath: [String: String]) {
        self.urlByPath = urlByPath
    }

    /// The URL for `link` written in the file at `path`, keeping a `#fragment`; nil when not a release.
    public func url(for link: String, from path: String) -> String? {
        let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        guard let target = Self.projectPath(of: link, from: path), let url = urlByPath[target] else { return nil }
        return parts.count > 1 ? url + "#" + parts[1] : url
    }

    /// The project path a relative `link` in the file at `path` points at, without its `#fragment`
    /// (`../2024/x.md` from `Content/releases/2025/y.md` → `Content/releases/2024/x.md`); nil when it
    /// climbs above the project.
    public static func projectPath(of link: String, from path: String) -> String? {
        let target = String(link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0])
            .removingPercentEscapesForPath
        var segments = path.split(separator: "/").dropLast().map(String.init)
        for segment in target.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..":
                guard !segments.isEmpty else { return nil }
                segments.removeLast()
            default: segments.append(String(segment))
            }
        }
        return segments.joined(separator: "/")
    }
}

extension String {
    /// `%20` → space, for file names in links; invalid escapes are kept as written.
    fileprivate var removingPercentEscapesForPath: String {
        guard contains("%") else { return self }
        var bytes: [UInt8] = []
        var iterator = utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            let high = iterator.next()
            let low = iterator.next()
            if let high, let low, let value = UInt8(String(decoding: [high, low], as: UTF8.self), radix: 16) {
                bytes.append(value)
            } else {
                bytes.append(byte)
                if let high { bytes.append(high) }
                if let low { bytes.append(low) }
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
