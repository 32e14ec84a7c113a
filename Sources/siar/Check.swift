import ArgumentParser
import SiarContent
import SiarSite

extension Siar {
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check everything a build validates, without writing anything.")

        @OptionGroup var project: ProjectOptions

        func run() async throws {
            let result = SiteBuilder(root: project.root, options: BuildOptions(asOf: try project.asOf)).check()
            Console.print(result.diagnostics)
            if !result.succeeded { throw ExitCode(ExitStatus.contentErrors) }
        }
    }
}
