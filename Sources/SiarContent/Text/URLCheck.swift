/// Small URL tests that need no Foundation parsing.
package enum URLCheck {
    /// True for `http://…` and `https://…` with a host.
    package static func isAbsoluteHTTP(_ text: String) -> Bool {
        for scheme in ["http://", "https://"] where text.lowercased().hasPrefix(scheme) {
            return text.count > scheme.count && !text.contains(" ")
        }
        return false
    }

    /// True when `path` is relative and stays below its folder: no leading `/`, no `..` segment.
    package static func isContainedRelativePath(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\") else { return false }
        return !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == ".." || $0.isEmpty }
    }
}
