extension StringProtocol {
    /// The text without leading and trailing spaces, tabs and line breaks.
    package var trimmingWhitespace: String {
        let scalars = unicodeScalars
        // Most values have nothing to trim.
        if let head = scalars.first, let tail = scalars.last, !head.properties.isWhitespace, !tail.properties.isWhitespace {
            return String(self)
        }
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    /// True when the text holds nothing but spaces, tabs and line breaks. Stops at the first other
    /// character, where `trimmingWhitespace.isEmpty` would copy a whole release body.
    package var isBlank: Bool {
        !unicodeScalars.contains { !$0.properties.isWhitespace }
    }
}
