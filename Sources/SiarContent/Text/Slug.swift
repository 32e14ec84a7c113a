import Foundation

/// URL path segments: the `[a-z0-9-]+` rule for release slugs and the ASCII folding of taxonomy terms.
public enum Slug {
    /// True when `text` is a valid slug: lowercase ASCII letters, digits and hyphens, not starting or ending with one.
    public static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let first = bytes.first, let last = bytes.last, first != UInt8(ascii: "-"), last != UInt8(ascii: "-")
        else { return false }
        return bytes.allSatisfy { (97...122).contains($0) || (48...57).contains($0) || $0 == UInt8(ascii: "-") }
    }

    /// Folds any term into a slug: accents dropped, lowercase, other characters become single hyphens.
    ///
    /// `"SP4N Lapor"` → `"sp4n-lapor"`, `"Keamanan Informasi"` → `"keamanan-informasi"`, `"Café"` → `"cafe"`.
    public static func make(from term: String) -> String {
        let folded = term.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var out: [UInt8] = []
        var pendingHyphen = false
        for byte in folded.lowercased().utf8 {
            if (97...122).contains(byte) || (48...57).contains(byte) {
                if pendingHyphen && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingHyphen = false
                out.append(byte)
            } else {
                pendingHyphen = true
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
