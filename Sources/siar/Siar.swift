import ArgumentParser

/// The `siar` command: builds the news portal, checks content, reports partner compliance.
@main
struct Siar: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "siar",
        abstract: "Press releases and media-partner compliance for a government communications office.",
        discussion: """
            Siar turns Content/ (Markdown releases, partners, the placements ledger) and Templates/ into a \
            static news portal in Site/. Exit status: 0 success (warnings allowed), 1 content errors, 64 bad usage, 69 the port of 'siar serve' is in use.
            """,
        subcommands: [Build.self, Check.self, Compliance.self, New.self, Serve.self, Users.self]
    )
}
