import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import SiarServer
import SiarTestSupport
import Testing

/// Request paths never reach a file outside the folder served: the preview's output, the evidence
/// folder, the theme's assets.
@Suite struct PathTraversalTests {
    static let secret = "RAHASIA-DI-LUAR-FOLDER"

    /// Paths that try to climb out; all are refused before the file system is asked (400).
    static let climbing = [
        "/../secret.txt", "/..", "/%2e%2e/secret.txt", "/%2E%2E/secret.txt", "/.%2e/secret.txt", "/%2e./secret.txt",
        "/..%2fsecret.txt", "/..%2Fsecret.txt", "/%2e%2e%2fsecret.txt", "/assets/../../secret.txt", "/assets/%2e%2e/%2e%2e/secret.txt",
        "/..\\secret.txt", "/%5c..%5csecret.txt", "/assets\\..\\..\\secret.txt", "/index.html%00.png", "/%00", "/%2fetc%2fpasswd",
        "/assets/./siar.css", "/%zz", "/%2", "/%c0%ae%c0%ae/secret.txt",
    ]

    /// Paths that look elsewhere but stay inside, or name hidden files: not found (404).
    static let notFound = ["//etc/passwd", "/etc/passwd", "/%252e%252e/secret.txt", "/.gitignore", "/assets/.hidden", "/link.txt"]

    @Test func thePreviewStaysInItsFolder() async throws {
        let fixture = try await HTTPFixture.make(users: false) { $0.preview = true }
        let output = try #require(fixture.services.preview?.output)
        try await fixture.test { client in
            #expect(try await client.execute(uri: "/", method: .get).status == .ok)  // built
            try Self.secret.write(toFile: output + "/../secret.txt", atomically: true, encoding: .utf8)
            try Self.secret.write(toFile: output + "/assets/.hidden", atomically: true, encoding: .utf8)
            try FileManager.default.createSymbolicLink(atPath: output + "/link.txt", withDestinationPath: output + "/../secret.txt")
            for uri in Self.climbing {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .badRequest, "\(uri)")
                #expect(!response.text.contains(Self.secret) && !response.text.contains("root:x:0:0"), "\(uri)")
            }
            for uri in Self.notFound {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .notFound, "\(uri)")
                #expect(!response.text.contains(Self.secret) && !response.text.contains("root:x:0:0"), "\(uri)")
            }
        }
    }

    @Test func evidenceAndAssetsStayInTheirFolders() async throws {
        let fixture = try await HTTPFixture.make()
        // Served only because its bytes are a PNG's; the secret after them must not leak through a traversal.
        try fixture.project.write("Content/evidence/kabar-rinjani/P25-0001.png", bytes: Multipart.png() + Array(Self.secret.utf8))
        try await fixture.test { client in
            let browser = try await Browser.signIn(client, as: "rina")
            #expect(try await browser.get("/kelola/bukti/kabar-rinjani/P25-0001.png").status == .ok)
            let attempts = [
                "/kelola/bukti/kabar-rinjani/..", "/kelola/bukti/kabar-rinjani/%2e%2e",
                "/kelola/bukti/..%2f..%2fpartners/kabar-rinjani.yml",
                "/kelola/bukti/kabar-rinjani/..%2f..%2f..%2f.siar%2fusers.json", "/kelola/bukti/kabar-rinjani/.hidden.png",
                "/kelola/bukti/kabar-rinjani/P25-0001.png%00.png", "/kelola/bukti/kabar-rinjani/users.json",
                "/kelola/bukti/%2e%2e/site.yml", "/kelola/aset/..%2f..%2fContent%2fsite.yml", "/kelola/aset/%2e%2e",
                "/kelola/aset/i18n%2fid.yml",
            ]
            for uri in attempts {
                let response = try await browser.get(uri)
                #expect([.badRequest, .notFound].contains(response.status), "\(uri): \(response.status)")
                #expect(!response.text.contains("password_hash") && !response.text.contains("base_url"), "\(uri)")
            }
            // Without the preview, unknown paths outside /kelola/ and /api/ are plain 404s.
            #expect(try await client.execute(uri: "/../.siar/users.json", method: .get).status == .notFound)
        }
    }
}
