/// A place in a project file: the path relative to the project root, and a 1-based line and column.
///
/// A line or column of 0 means "the whole file" or "the whole line"; such locations print without them.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The path relative to the project root, with `/` separators.
    public var path: String
    /// The 1-based line, or 0 when the problem concerns the whole file.
    public var line: Int
    /// The 1-based column (in characters), or 0 when unknown.
    public var column: Int

    public init(path: String, line: Int = 0, column: Int = 0) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// The location `lines` lines further down, as when a front-matter block starts after the `---` line.
    public func offset(lines: Int) -> SourceLocation {
        SourceLocation(path: path, line: line + lines, column: column)
    }

    public var description: String {
        switch (line, column) {
        case (0, _): path
        case (_, 0): "\(path):\(line)"
        default: "\(path):\(line):\(column)"
        }
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }
}
