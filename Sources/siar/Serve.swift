import ArgumentParser
import Foundation
import SiarServer

extension Siar {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Serve the preview of the site and the management service (UI and JSON API).",
            discussion: """
                The preview at / is built with drafts and embargoed releases (marked) and rebuilt whenever \
                Content/ or Templates/ change; open pages reload by themselves. The management UI is at /kelola/ \
                (sign in with a user of 'siar user add'), the JSON API at /api/ (see /api/openapi.json). \
                Listen on 127.0.0.1 and put an HTTPS reverse proxy in front to reach it from other machines. \
                Exit status 69 when another program already listens on the port.
                """)

        @Option(help: ArgumentHelp("The project folder (holds Content/ and Templates/).", valueName: "DIR"))
        var root: String = "."

        @Option(help: "The address to listen on.")
        var host: String = "127.0.0.1"

        @Option(help: "The port to listen on (0: any free port).")
        var port: Int = 8080

        @Flag(name: .customLong("secure-cookies"), help: "Always mark the session cookie Secure (the service is reached over HTTPS only).")
        var secureCookies = false

        @Flag(
            name: .customLong("trust-proxy"),
            help: "Believe X-Forwarded-Proto and X-Forwarded-For (set it only behind a reverse proxy that sets them).")
        var trustProxy = false

        @Flag(name: .customLong("no-preview"), help: "Serve only the management service, without the preview at /.")
        var noPreview = false

        func validate() throws {
            guard (0...65535).contains(port) else { throw ValidationError("invalid --port \(port); use 0 to 65535") }
            guard FileManager.default.fileExists(atPath: root + "/Content") else {
                throw ValidationError("'\(root)' has no Content/ folder; pass the project folder with --root")
            }
        }

        func run() async throws {
            var configuration = ServerConfiguration(root: root, host: host, port: port)
            configuration.secureCookies = secureCookies
            configuration.trustProxy = trustProxy
            configuration.preview = !noPreview
            let preview = !noPreview
            configuration.onListening = { address in
                let lines = [
                    "siar: listening on \(address)",
                    preview ? "siar: preview at \(address) (rebuilt when Content/ or Templates/ change)" : nil,
                    "siar: management at \(address)kelola/ and API at \(address)api/",
                ]
                // Unbuffered, so that a script or test waiting for the address sees it at once.
                FileHandle.standardOutput.write(Data((lines.compactMap { $0 }.joined(separator: "\n") + "\n").utf8))
            }
            do {
                try await SiarServer.serve(configuration: configuration)
            } catch let error as PortInUse {
                Console.error("siar: \(error)")
                throw ExitCode(ExitStatus.unavailable)
            }
        }
    }
}
