/// JSON for the site's documents: sorted keys and unescaped slashes, so output is stable and URLs readable.
enum JSONText {
    /// The UTF-8 JSON of `object` (dictionaries, arrays, strings, numbers, booleans).
    static func serialize(_ object: Any) -> String {
        JSONWriter().string(object) + "\n"
    }
}
