import Yams

/// YAML text of one file, composed into Yams nodes that keep their positions.
///
/// Decoding is done field by field from the node tree (see ``FieldReader``) rather than with
/// `YAMLDecoder`, because every value needs its own line and column, and untyped decoding turns
/// `NO` into `false`.
struct YAMLSource {
    let path: String
    /// The file line on which the YAML text starts.
    let firstLine: Int

    /// The file location of a Yams mark.
    func location(of mark: Mark?) -> SourceLocation {
        guard let mark else { return SourceLocation(path: path, line: firstLine) }
        return SourceLocation(path: path, line: mark.line + firstLine - 1, column: mark.column)
    }

    /// The root node, or the syntax error with its position. An empty document is an empty mapping.
    func compose(_ yaml: some StringProtocol) -> Result<Node, Diagnostic> {
        do {
            // Values are read as text and typed by ``FieldReader``, so Yams need not resolve tags (a regular
            // expression per scalar); `.utf8` spares reading the environment on every call.
            return .success(try Yams.compose(yaml: String(yaml), .basic, .default, .utf8) ?? Node([(Node, Node)]()))
        } catch let error as YamlError {
            return .failure(diagnostic(for: error))
        } catch {
            return .failure(Diagnostic(.yamlSyntax(String(describing: error)), at: location(of: nil)))
        }
    }

    private func diagnostic(for error: YamlError) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { "\(problem) (\($0.text))" } ?? problem
            return Diagnostic(.yamlSyntax(detail), at: location(of: mark))
        case .duplicatedKeysInMapping(let duplicates, let context):
            return Diagnostic(.duplicateKey(duplicates.joined(separator: "', '")), at: location(of: context.mark))
        case .reader(let problem, _, _, _):
            return Diagnostic(.yamlSyntax(problem), at: location(of: nil))
        default:
            return Diagnostic(.yamlSyntax(String(describing: error)), at: location(of: nil))
        }
    }
}
