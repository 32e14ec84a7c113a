import SiarContent
import Yams

/// The label files `Templates/i18n/<language>.yml`: flat `key: text` mappings, and the `t.key`
/// references templates make to them.
enum LabelFile {
    static func path(for language: SiteConfig.Language) -> String { SitePaths.labelsFile(language.rawValue) }

    static func load(from files: ProjectFiles, language: SiteConfig.Language, diagnostics: inout [Diagnostic]) -> [String: String] {
        let path = path(for: language)
        guard files.exists(path) else {
            diagnostics.append(
                Diagnostic(.unreadableFile("missing label file for language '\(language.rawValue)'"), at: SourceLocation(path: path)))
            return [:]
        }
        let text: String
        switch files.text(path) {
        case .success(let value): text = value
        case .failure(let diagnostic):
            diagnostics.append(diagnostic)
            return [:]
        }
        let node: Node
        do {
            node = try Yams.compose(yaml: text) ?? Node([(Node, Node)]())
        } catch {
            diagnostics.append(Diagnostic(.yamlSyntax(String(describing: error)), at: SourceLocation(path: path)))
            return [:]
        }
        guard let mapping = node.mapping else {
            diagnostics.append(Diagnostic(.expectedMapping("a label file"), at: SourceLocation(path: path, line: 1)))
            return [:]
        }
        var labels: [String: String] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string, let text = value.scalar?.string else { continue }
            labels[name] = text
        }
        return labels
    }

    /// Every `t.key` named inside a `{{ … }}` tag, with its position in the template.
    static func references(in template: String, path: String) -> [(String, SourceLocation)] {
        var found: [(String, SourceLocation)] = []
        let bytes = Array(template.utf8)
        var line = 1
        var lineStart = 0
        var i = 0
        var inTag = false
        while i < bytes.count {
            let byte = bytes[i]
            if byte == UInt8(ascii: "\n") {
                line += 1
                lineStart = i + 1
            } else if !inTag, byte == UInt8(ascii: "{"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "{") {
                inTag = true
                i += 2
                continue
            } else if inTag, byte == UInt8(ascii: "}") {
                inTag = false
            } else if inTag, byte == UInt8(ascii: "t"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "."),
                i == 0 || !isNameByte(bytes[i - 1])
            {
                var end = i + 2
                while end < bytes.count, isNameByte(bytes[end]) { end += 1 }
                let key = String(decoding: bytes[(i + 2)..<end], as: UTF8.self)
                found.append((key, SourceLocation(path: path, line: line, column: i - lineStart + 1)))
                i = end
                continue
            }
            i += 1
        }
        return found
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (97...122).contains(byte) || (65...90).contains(byte) || (48...57).contains(byte) || byte == UInt8(ascii: "_")
    }
}
