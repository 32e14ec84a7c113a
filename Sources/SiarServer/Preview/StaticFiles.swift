#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Maps request paths to files of one folder, and never to anything outside it.
///
/// The path is checked before the file system is asked anything: a backslash, a NUL, an encoded slash,
/// backslash or NUL, a bad escape, or a `.` or `..` segment (written or encoded) makes the request invalid
/// (400); a hidden name (`.gitignore`) is simply not found (404). What is left is joined to the folder, and
/// the real path of the file (symbolic links resolved) must still lie inside the real path of the folder.
struct StaticFiles: Sendable {
    enum Resolution: Sendable, Equatable {
        /// The file system path of the file to send.
        case file(String)
        /// A folder asked for without its final `/`: where to send the browser.
        case redirect(String)
        case notFound
        case invalid
    }

    /// The folder served.
    let folder: String

    /// Where the raw (still percent-encoded) request path leads.
    func resolve(_ rawPath: String) -> Resolution {
        guard let segments = Self.segments(of: rawPath) else { return .invalid }
        if segments.contains(where: { $0.hasPrefix(".") }) { return .notFound }
        let path = segments.isEmpty ? folder : folder + "/" + segments.joined(separator: "/")
        var info = stat()
        guard stat(path, &info) == 0 else { return .notFound }
        if info.st_mode & S_IFMT == S_IFDIR {
            // Leading slashes collapsed: `//host/x` must not become a link to another site.
            guard rawPath.hasSuffix("/") else { return .redirect("/" + rawPath.drop { $0 == "/" } + "/") }
            return contained(path + "/index.html").map { .file($0) } ?? .notFound
        }
        guard info.st_mode & S_IFMT == S_IFREG else { return .notFound }
        return contained(path).map { .file($0) } ?? .notFound
    }

    /// The decoded segments of a request path, or nil when the path is not acceptable.
    static func segments(of rawPath: String) -> [String]? {
        let raw = Array(rawPath.utf8)
        guard raw.first == UInt8(ascii: "/"), !raw.contains(0), !raw.contains(UInt8(ascii: "\\")) else { return nil }
        let lowered = rawPath.lowercased()
        guard !["%2f", "%5c", "%00"].contains(where: lowered.contains) else { return nil }
        var decoded: [UInt8] = []
        var index = 0
        while index < raw.count {
            if raw[index] == UInt8(ascii: "%") {
                guard index + 2 < raw.count, let high = FormFields.hexValue(raw[index + 1]), let low = FormFields.hexValue(raw[index + 2])
                else { return nil }
                decoded.append(high << 4 | low)
                index += 3
            } else {
                decoded.append(raw[index])
                index += 1
            }
        }
        guard !decoded.contains(where: { $0 < 0x20 || $0 == 0x7F }), let text = String(validating: decoded, as: UTF8.self) else {
            return nil
        }
        let segments = text.split(separator: "/").map(String.init)
        guard !segments.contains(where: { $0 == "." || $0 == ".." }) else { return nil }
        return segments
    }

    /// `path` with symbolic links resolved, when that lies inside the folder.
    private func contained(_ path: String) -> String? {
        guard let base = Self.realPath(folder), let real = Self.realPath(path), real.hasPrefix(base + "/") else { return nil }
        return real
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
