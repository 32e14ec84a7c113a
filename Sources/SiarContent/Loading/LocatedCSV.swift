import CSV

/// CSV rows read by the `CSV` library, each field paired with the line and column where it starts.
///
/// The library yields only values, so positions are recovered by walking the raw text beside it: an
/// unquoted field is as wide as its value; a quoted one (it starts with `"`) is its value plus the two
/// quotes plus one more `"` for every embedded quote. Newlines inside quoted fields advance the line, so
/// a row after a multi-line value still gets its true file line. When the walk and the text disagree the
/// quoting is broken; reading stops there with a diagnostic instead of misplacing every later row.
struct LocatedCSV {
    /// One value and where it starts.
    struct Field {
        var value: String
        var location: SourceLocation
    }

    /// One record; `line` is the file line where it starts.
    struct Row {
        var line: Int
        var fields: [Field]
    }

    /// The rows up to the end or to the first broken quoting; blank lines are skipped.
    var rows: [Row] = []
    /// Why reading stopped early, if it did.
    var problem: Diagnostic?

    /// Reads `text` (LF line ends, as ``SourceText`` returns it) of the file at `path`.
    init(_ text: String, path: String) {
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false)
        } catch {
            problem = Diagnostic(.unreadableFile(String(describing: error)), at: SourceLocation(path: path))
            return
        }
        var cursor = Cursor(scalars: Array(text.unicodeScalars), path: path)
        while let values = reader.next() {
            let line = cursor.line
            var fields: [Field] = []
            for (index, value) in values.enumerated() {
                let location = cursor.location
                let isLast = index == values.count - 1
                guard cursor.advance(over: value), cursor.consumeSeparator(endOfRow: isLast) else {
                    problem = Diagnostic(.malformedQuote, at: location)
                    return
                }
                fields.append(Field(value: value, location: location))
            }
            if fields.count == 1 && fields[0].value.isBlank { continue }
            rows.append(Row(line: line, fields: fields))
        }
    }

    /// A position in the raw text, kept in step with the library's fields.
    private struct Cursor {
        let scalars: [Unicode.Scalar]
        let path: String
        var offset = 0
        var line = 1
        var lineStart = 0

        init(scalars: [Unicode.Scalar], path: String) {
            self.scalars = scalars
            self.path = path
        }

        /// The current line and column (1-based, in characters).
        var location: SourceLocation {
            let span = scalars[lineStart..<offset]
            // ASCII text has one character per scalar; only other text needs grapheme counting.
            if span.allSatisfy(\.isASCII) { return SourceLocation(path: path, line: line, column: span.count + 1) }
            let before = String(String.UnicodeScalarView(span))
            return SourceLocation(path: path, line: line, column: before.count + 1)
        }

        /// Moves over the raw text of one field holding `value`; false when the text does not match.
        mutating func advance(over value: String) -> Bool {
            let length = value.unicodeScalars.count
            guard offset < scalars.count, scalars[offset] == "\"" else {
                return move(by: length)
            }
            let quotes = value.unicodeScalars.count { $0 == "\"" }
            let width = 2 + length + quotes
            guard offset + width <= scalars.count, scalars[offset + width - 1] == "\"" else { return false }
            return move(by: width)
        }

        /// Moves over the `,` after a field, or the line end after the last one; false when it is missing.
        mutating func consumeSeparator(endOfRow: Bool) -> Bool {
            guard offset < scalars.count else { return endOfRow }
            let expected: Unicode.Scalar = endOfRow ? "\n" : ","
            guard scalars[offset] == expected else { return false }
            return move(by: 1)
        }

        private mutating func move(by count: Int) -> Bool {
            guard offset + count <= scalars.count else { return false }
            for index in offset..<(offset + count) where scalars[index] == "\n" {
                line += 1
                lineStart = index + 1
            }
            offset += count
            return true
        }
    }
}
