/// A Markdown file cut into its YAML front matter and its body, with the lines where each starts.
public struct FrontMatter: Sendable, Hashable {
    /// The YAML between the `---` lines, without them.
    public var yaml: Substring
    /// The 1-based line of the file where `yaml` starts (2 when the file opens with `---`).
    public var yamlFirstLine: Int
    /// Everything after the closing `---` line.
    public var body: Substring
    /// The 1-based line of the file where `body` starts.
    public var bodyFirstLine: Int

    /// Why a file cannot be split.
    public enum Problem: Error, Sendable, Hashable {
        case missingOpening
        case unclosed
    }

    /// Splits `text` (already LF-normalised) at its `---` fences. Scans UTF-8 bytes, never Characters.
    ///
    /// The opening fence must be the first line; the closing fence is the next line holding only `---`
    /// or `...` (trailing spaces allowed).
    public static func split(_ text: String) -> Result<FrontMatter, Problem> {
        let utf8 = text.utf8
        guard let firstEnd = utf8.firstIndex(of: UInt8(ascii: "\n")),
            isFence(utf8[utf8.startIndex..<firstEnd], allowDots: false)
        else {
            return .failure(isFence(utf8[...], allowDots: false) ? .unclosed : .missingOpening)
        }
        let yamlStart = utf8.index(after: firstEnd)
        var lineStart = yamlStart
        var line = 2
        while lineStart < utf8.endIndex {
            let lineEnd = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
            if isFence(utf8[lineStart..<lineEnd], allowDots: true) {
                let bodyStart = lineEnd < utf8.endIndex ? utf8.index(after: lineEnd) : lineEnd
                return .success(
                    FrontMatter(
                        yaml: text[yamlStart..<lineStart], yamlFirstLine: 2,
                        body: text[bodyStart...], bodyFirstLine: line + 1))
            }
            guard lineEnd < utf8.endIndex else { break }
            lineStart = utf8.index(after: lineEnd)
            line += 1
        }
        return .failure(.unclosed)
    }

    private static func isFence(_ line: Substring.UTF8View, allowDots: Bool) -> Bool {
        var bytes = line
        while let last = bytes.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") {
            bytes = bytes.dropLast()
        }
        return bytes.elementsEqual("---".utf8) || (allowDots && bytes.elementsEqual("...".utf8))
    }
}
