import Foundation

/// JSON for the site's documents: sorted keys and unescaped slashes, so output is stable and URLs readable.
enum JSONText {
    /// The UTF-8 JSON of `object` (dictionaries, arrays, strings, numbers, booleans).
    static func serialize(_ object: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return "null" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
