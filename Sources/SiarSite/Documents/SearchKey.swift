import Foundation

/// The folding shared by `/search-index.json` and `assets/search.js`, so a query and a key meet halfway.
///
/// Lowercase, then canonical decomposition (NFD) with every combining mark dropped (`é` → `e`), then
/// every run of characters that are neither letters (`\p{L}`) nor numbers (`\p{N}`) becomes one
/// space. Apostrophes vanish instead, because Indonesian spells the same word with and without one
/// (`Jum'at`, `Jumat`). The script does exactly this with `toLowerCase()`, `normalize('NFD')` and Unicode
/// property escapes; Foundation's `folding(options:)` is avoided because its tables (ICU on Linux) strip
/// more than combining marks, and both sides must agree character for character.
enum SearchKey {
    /// `"Rakor Kominfo se-NTB: Jum'at"` → `"rakor kominfo se ntb jumat"`.
    ///
    /// One pass, scalar by scalar: lowercasing and canonical decomposition are both per-scalar mappings
    /// (and the reordering NFD adds only moves the combining marks that are dropped anyway), so each
    /// non-ASCII scalar is mapped on its own, and ASCII, most of any Indonesian text, is byte arithmetic.
    static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        func emit(_ scalar: Unicode.Scalar) {
            if apostrophes.contains(scalar.value) { return }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark:
                return
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                .decimalNumber, .letterNumber, .otherNumber:
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            default:
                pendingSpace = true
            }
        }
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x41...0x5A, 0x61...0x7A, 0x30...0x39:
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(Unicode.Scalar(UInt8(scalar.value) | (scalar.value <= 0x5A && scalar.value >= 0x41 ? 0x20 : 0)))
            case 0x27, 0x60:
                continue
            case 0..<0x80:
                pendingSpace = true
            default:
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    for part in String(lower).decomposedStringWithCanonicalMapping.unicodeScalars { emit(part) }
                }
            }
        }
        return String(out)
    }

    /// The folded words of `parts`, each once, in order of first appearance.
    static func key(_ parts: [String]) -> String {
        var seen = Set<Substring>()
        var words: [Substring] = []
        for part in parts {
            let folded = fold(part)
            for word in folded.split(separator: " ") where seen.insert(word).inserted { words.append(word) }
        }
        return words.joined(separator: " ")
    }

    /// ' ’ ʼ ` ´ — the apostrophes of `Jum'at`, `Qur’an`.
    private static let apostrophes: Set<UInt32> = [0x27, 0x2019, 0x2BC, 0x60, 0xB4]
}
