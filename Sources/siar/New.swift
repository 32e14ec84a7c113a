import ArgumentParser
import Foundation
import SiarContent

extension Siar {
    struct New: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create new content from a template.", subcommands: [NewRelease.self])
    }

    struct NewRelease: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "release", abstract: "Create a draft press release and print its path.")

        @Argument(help: "The title of the release.")
        var title: String

        @Option(help: ArgumentHelp("Release date (YYYY-MM-DD or ISO 8601); default: now.", valueName: "DATE"))
        var date: String?

        @Option(help: ArgumentHelp("Author; default: the most frequent author of existing releases.", valueName: "NAME"))
        var author: String?

        @Option(help: ArgumentHelp("The project folder.", valueName: "DIR"))
        var root: String = "."

        func validate() throws {
            if title.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("the title must not be empty") }
            if let date, DateParser.parse(date, defaultOffset: 0).isFailure {
                throw ValidationError("invalid --date '\(date)'; write YYYY-MM-DD or YYYY-MM-DDTHH:MM:SS+08:00")
            }
        }

        func run() async throws {
            let loaded = ContentLoader(root: root).load()
            guard let site = loaded.content?.site ?? ContentLoader(root: root).loadSiteOnly() else {
                Console.print(DiagnosticReport(loaded.diagnostics))
                throw ExitCode(ExitStatus.contentErrors)
            }
            let now = Int(Date().timeIntervalSince1970)
            let stamp: Timestamp
            if let date, case .success(let parsed) = DateParser.parse(date, defaultOffset: site.utcOffset) {
                stamp = parsed.hasTime ? parsed : Timestamp(day: parsed.localDay, utcOffset: site.utcOffset).adding(seconds: 9 * 3600)
            } else {
                stamp = Timestamp(secondsSinceEpoch: now - now % 60, utcOffset: site.utcOffset)
            }
            let releases = loaded.content?.releases ?? []
            let usual = Dictionary(grouping: releases, by: \.author).max { a, b in
                a.value.count != b.value.count ? a.value.count < b.value.count : a.key > b.key
            }?.key
            let scaffold = ReleaseScaffold(title: title, date: stamp, author: author ?? usual ?? site.office)
            if releases.contains(where: { $0.slug == scaffold.slug }) {
                Console.error("error: slug '\(scaffold.slug)' is already used; choose another title")
                throw ExitCode(ExitStatus.contentErrors)
            }
            let files = ProjectFiles(root: root)
            if files.exists(scaffold.path) {
                Console.error("error: '\(scaffold.path)' already exists; edit it or choose another title")
                throw ExitCode(ExitStatus.contentErrors)
            }
            let url = URL(fileURLWithPath: files.fileSystemPath(scaffold.path))
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(scaffold.text.utf8).write(to: url, options: .withoutOverwriting)
            print(scaffold.path)
        }
    }
}

extension Result {
    fileprivate var isFailure: Bool {
        if case .failure = self { return true }
        return false
    }
}
