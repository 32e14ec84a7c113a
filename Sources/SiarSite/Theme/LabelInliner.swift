/// Writes the labels of a build into its templates before they are parsed.
///
/// Labels are fixed for a whole build (one language), yet every `{{t.key}}` is a lookup that swift-mustache
/// repeats on every page, walking the context stack with dynamic casts. Replacing `{{t.key}}` by the escaped
/// label and `{{{t.key}}}` by the label itself gives the same output without the lookups. Only those exact
/// forms are replaced, and only with labels free of braces and line breaks, so the template keeps its tags
/// and its line numbers; anything else (`{{#t.key}}`, `{{ t.key }}`) stays a lookup and renders as before.
enum LabelInliner {
    static func inline(_ labels: [String: String], into template: String) -> String {
        guard template.contains("{{t.") || template.contains("{{{t.") else { return template }
        var result = ""
        result.reserveCapacity(template.utf8.count)
        var rest = Substring(template)
        while let open = rest.firstRange(of: "{{") {
            result += rest[..<open.lowerBound]
            let afterOpen = rest[open.upperBound...]
            let triple = afterOpen.hasPrefix("{")
            let nameStart = triple ? afterOpen.dropFirst() : afterOpen
            let close = triple ? "}}}" : "}}"
            if nameStart.hasPrefix("t."), let end = nameStart.firstRange(of: close) {
                let key = nameStart[nameStart.index(nameStart.startIndex, offsetBy: 2)..<end.lowerBound]
                if !key.isEmpty, key.utf8.allSatisfy(isNameByte), let label = labels[String(key)], isInlinable(label) {
                    result += triple ? label : HTMLEscaping.escape(label)
                    rest = nameStart[end.upperBound...]
                    continue
                }
            }
            result += rest[open]
            rest = afterOpen
        }
        result += rest
        return result
    }

    private static func isInlinable(_ label: String) -> Bool {
        !label.utf8.contains { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") || $0 == 10 || $0 == 13 }
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (97...122).contains(byte) || (65...90).contains(byte) || (48...57).contains(byte) || byte == UInt8(ascii: "_")
    }
}
