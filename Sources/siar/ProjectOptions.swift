import ArgumentParser
import SiarContent

/// `--root` and `--as-of`, shared by the subcommands.
struct ProjectOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The project folder (holds Content/ and Templates/).", valueName: "DIR"))
    var root: String = "."

    @Option(
        name: .customLong("as-of"),
        help: ArgumentHelp("Compute for this day or moment (YYYY-MM-DD or ISO 8601); default: now.", valueName: "DATE"))
    var asOfText: String?

    var asOf: AsOf {
        get throws {
            guard let text = asOfText else { return .now }
            guard let value = AsOf(parsing: text) else {
                throw ValidationError("invalid --as-of '\(text)'; write YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+08:00")
            }
            return value
        }
    }

    func validate() throws {
        _ = try asOf
    }
}
