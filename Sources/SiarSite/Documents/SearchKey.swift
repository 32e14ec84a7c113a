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
    static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if apostrophes.contains(scalar.value) { continue }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark:
                continue
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                .decimalNumber, .letterNumber, .otherNumber:
                if pendingSpace && !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            default:
                pendingSpace = true
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
