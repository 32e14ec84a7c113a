import ArgumentParser
import SiarContent
import SiarSite

extension Siar {
    struct Build: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build the static site from Content/ and Templates/ into Site/.",
            discussion: """
                The new site replaces the old one only when the whole build succeeded. Unchanged pages are kept from \
                the previous build (cache in .siar-cache/ beside the output; deleting it is always safe).
                """)

        @OptionGroup var project: ProjectOptions

        @Option(help: ArgumentHelp("Where to write the site; default: <root>/Site.", valueName: "DIR"))
        var output: String?

        @Flag(help: "Include releases marked draft: true.")
        var drafts = false

        @Flag(help: "Include releases dated after the as-of time (embargoed).")
        var future = false

        @Option(name: .customLong("base-url"), help: ArgumentHelp("Override base_url of site.yml.", valueName: "URL"))
        var baseURL: String?

        @Flag(help: "Print the time each pipeline stage took.")
        var timings = false

        @Flag(name: .customLong("no-cache"), help: "Ignore the build cache: render everything, then write a fresh cache.")
        var noCache = false

        func validate() throws {
            // The URL ends up in every canonical link and the sitemap, so it gets the rule of site.yml's base_url.
            if let baseURL, !URLCheck.isAbsoluteHTTP(baseURL) {
                throw ValidationError(
                    "invalid --base-url '\(baseURL)'; write an absolute http(s) URL such as 'https://diskominfotik.ntbprov.go.id/'")
            }
        }

        func run() async throws {
            let options = BuildOptions(
                output: output, includeDrafts: drafts, includeFuture: future, asOf: try project.asOf, baseURL: baseURL,
                cache: noCache ? .refresh : .reuse)
            let result = SiteBuilder(root: project.root, options: options).build()
            if !result.diagnostics.diagnostics.isEmpty || !result.succeeded { Console.print(result.diagnostics) }
            guard let report = result.report, result.succeeded else {
                Console.error("siar: build failed; the previous output was left untouched")
                throw ExitCode(ExitStatus.contentErrors)
            }
            print(BuildSummary(report: report, root: project.root).text(timings: timings))
        }
    }
}
