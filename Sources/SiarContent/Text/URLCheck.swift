/// Small URL tests that need no Foundation parsing.
package enum URLCheck {
    /// True for `http://…` and `https://…` with a host.
    package static func isAbsoluteHTTP(_ text: String) -> Bool {
        for scheme in ["http://", "https://"] where hasPrefixIgnoringASCIICase(text, scheme) {
            return text.count > scheme.count && !text.contains(" ")
        }
        return false
    }

    /// `text.lowercased().hasPrefix(prefix)` for a lowercase ASCII `prefix`, without lowercasing all of
    /// `text` (no other character lowercases to ASCII letters, digits or punctuation).
    private static func hasPrefixIgnoringASCIICase(_ text: String, _ prefix: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        for expected in prefix.utf8 {
            guard var byte = bytes.next() else { return false }
            if (65...90).contains(byte) { byte += 32 }
            if byte != expected { return false }
        }
        return true
    }

    /// True when `path` is relative and stays below its folder: no leading `/`, no `..` segment.
    package static func isContainedRelativePath(_ path: String) -> Bool {
        guard !path.isEmpty, !path.hasPrefix("/"), !path.contains("\\") else { return false }
        return !path.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == ".." || $0.isEmpty }
    }
}
