import Foundation
import Yams

/// Reads the typed values of one YAML mapping, recording a diagnostic for every value that is missing,
/// of the wrong type or invalid, and a warning for every key nobody asked for.
///
/// Each accessor returns nil after recording its problem, so a loader can read every field, then decide
/// whether the record is usable: all problems of a file are reported in one run.
struct FieldReader {
    let source: YAMLSource
    /// Where the mapping itself starts, for "missing key" diagnostics.
    let mappingLocation: SourceLocation
    private var values: [String: Node] = [:]
    private var keyNodes: [(String, Node)] = []
    private var asked: Set<String> = []
    private(set) var diagnostics: [Diagnostic] = []

    /// Fails (recording the problem in `diagnostics`) when `node` is not a mapping.
    init(_ node: Node, source: YAMLSource, describing what: String, diagnostics: inout [Diagnostic]) {
        self.source = source
        self.mappingLocation = source.location(of: node.mark)
        guard let mapping = node.mapping else {
            diagnostics.append(Diagnostic(.expectedMapping(what), at: mappingLocation))
            return
        }
        for (key, value) in mapping {
            let name = key.scalar?.string ?? String(describing: key.any)
            values[name] = value
            keyNodes.append((name, key))
        }
    }

    var isEmpty: Bool { values.isEmpty }

    func location(of key: String) -> SourceLocation {
        guard let node = values[key] else { return mappingLocation }
        return source.location(of: node.mark)
    }

    func has(_ key: String) -> Bool { values[key] != nil }

    /// The raw node of `key`, marking it as known.
    mutating func node(_ key: String) -> Node? {
        asked.insert(key)
        return values[key]
    }

    mutating func report(_ reason: Diagnostic.Reason, at key: String) {
        diagnostics.append(Diagnostic(reason, at: location(of: key)))
    }

    mutating func report(_ reason: Diagnostic.Reason, at location: SourceLocation) {
        diagnostics.append(Diagnostic(reason, at: location))
    }

    /// The plain scalars YAML reads as null (tags are not resolved: ``YAMLSource/compose(_:)``).
    private static let nullWords: Set<String> = ["", "~", "null", "Null", "NULL"]

    /// A scalar as written; `required` records a missing-key error.
    mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let node = node(key) else {
            if required { diagnostics.append(Diagnostic(.missingKey(key), at: mappingLocation)) }
            return nil
        }
        guard let scalar = node.scalar else {
            report(.wrongType(key: key, expected: "a single value"), at: key)
            return nil
        }
        if scalar.tag.description == Tag.Name.null.rawValue || (scalar.style == .plain && Self.nullWords.contains(scalar.string)) {
            if required { report(.emptyValue(key), at: key) }
            return nil
        }
        let text = scalar.string.trimmingWhitespace
        if text.isEmpty && required {
            report(.emptyValue(key), at: key)
            return nil
        }
        return text
    }

    /// A list of scalars; a single scalar is taken as a list of one, but one with a comma is an error, since
    /// `tags: SPBE, Srikandi` reads as one value where a list was meant.
    mutating func strings(_ key: String) -> [(value: String, location: SourceLocation)] {
        guard let node = node(key) else { return [] }
        if let scalar = node.scalar {
            let text = scalar.string.trimmingWhitespace
            if text.contains(",") {
                report(.listWrittenAsText(key: key, value: text), at: key)
                return []
            }
            return text.isEmpty ? [] : [(text, source.location(of: node.mark))]
        }
        guard let sequence = node.sequence else {
            report(.wrongType(key: key, expected: "a list such as [a, b]"), at: key)
            return []
        }
        var result: [(String, SourceLocation)] = []
        for item in sequence {
            guard let text = item.scalar?.string.trimmingWhitespace else {
                report(.wrongType(key: key, expected: "a list of plain values"), at: source.location(of: item.mark))
                continue
            }
            if !text.isEmpty { result.append((text, source.location(of: item.mark))) }
        }
        return result
    }

    mutating func timestamp(_ key: String, defaultOffset: Int, required: Bool = false) -> Timestamp? {
        guard let text = string(key, required: required) else { return nil }
        switch DateParser.parse(text, defaultOffset: defaultOffset) {
        case .success(let stamp): return stamp
        case .failure(.malformed):
            report(.invalidDate(key: key, value: text), at: key)
        case .failure(.impossible):
            report(.impossibleDate(key: key, value: text), at: key)
        }
        return nil
    }

    mutating func day(_ key: String, required: Bool = false) -> CalendarDay? {
        guard let text = string(key, required: required) else { return nil }
        switch DateParser.parse(text, defaultOffset: 0) {
        case .success(let stamp) where !stamp.hasTime: return stamp.localDay
        case .failure(.impossible): report(.impossibleDate(key: key, value: text), at: key)
        // A time is refused too, so the hint must not suggest writing one.
        default: report(.invalidDay(key: key, value: text), at: key)
        }
        return nil
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let text = string(key) else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            report(.wrongType(key: key, expected: "true or false"), at: key)
            return nil
        }
    }

    /// A whole number within `range`.
    mutating func integer(_ key: String, in range: ClosedRange<Int>, expected: String, required: Bool = false) -> Int? {
        guard let text = string(key, required: required) else { return nil }
        let digits = text.replacingOccurrences(of: "_", with: "")
        guard let value = Int(digits), range.contains(value) else {
            report(.invalidNumber(key: key, value: text, expected: expected), at: key)
            return nil
        }
        return value
    }

    /// One of `allowed`, with a "did you mean" hint otherwise.
    mutating func choice(_ key: String, from allowed: [String], required: Bool = false) -> String? {
        guard let text = string(key, required: required) else { return nil }
        guard allowed.contains(text) else {
            report(
                .invalidEnum(key: key, value: text, allowed: allowed, suggestion: Suggestion.closest(to: text, in: allowed)),
                at: key)
            return nil
        }
        return text
    }

    /// Warns about every key that no accessor asked for, suggesting the closest known one.
    mutating func reportUnknownKeys(alsoKnown: [String] = []) {
        let known = Array(asked) + alsoKnown
        for (name, keyNode) in keyNodes where !asked.contains(name) && !alsoKnown.contains(name) {
            diagnostics.append(
                Diagnostic(
                    .unknownKey(name, suggestion: Suggestion.closest(to: name, in: known.sorted())),
                    at: source.location(of: keyNode.mark)))
        }
    }
}
