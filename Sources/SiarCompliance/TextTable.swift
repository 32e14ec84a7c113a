/// Columns of text padded to a common width, for a terminal.
struct TextTable {
    enum Alignment {
        case left
        case right
    }

    let alignments: [Alignment]
    private(set) var rows: [[String]] = []

    init(_ alignments: [Alignment]) {
        self.alignments = alignments
    }

    mutating func append(_ row: [String]) { rows.append(row) }

    /// The widest cell of every column, in characters.
    var widths: [Int] {
        alignments.indices.map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
    }

    /// One row padded to `widths`, columns two spaces apart, without trailing spaces.
    func render(_ row: [String], widths: [Int]) -> String {
        let cells = alignments.indices.map { column -> String in
            let text = column < row.count ? row[column] : ""
            let padding = String(repeating: " ", count: max(0, widths[column] - text.count))
            return alignments[column] == .left ? text + padding : padding + text
        }
        var line = cells.joined(separator: "  ")
        while line.last == " " { line.removeLast() }
        return line
    }
}
