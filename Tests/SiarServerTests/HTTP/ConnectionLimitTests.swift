import Foundation
import Hummingbird
import HummingbirdTesting
import SiarServer
import SiarTestSupport
import Testing

/// Slow and idle clients cannot hold connections: real sockets on 127.0.0.1 against the running server,
/// with short timeouts so that each case ends within seconds.
@Suite struct ConnectionLimitTests {
    static let request = "GET /kelola/masuk HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"

    @Test(.timeLimit(.minutes(1))) func aHalfSentRequestIsClosedAfterTheHeaderTimeout() async throws {
        let fixture = try await HTTPFixture.make {
            $0.headerTimeout = .seconds(1)
            $0.idleTimeout = .seconds(60)
        }
        try await fixture.app.test(.live) { client in
            let port = try #require(client.port)
            // Headers trickle in without their end; each byte would reset an idle timer.
            let slow = try LoopbackConnection(port: port)
            slow.send("GET /kelola/masuk HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            #expect(await slow.closedByPeer(within: 20))
            // A connection that sends its headers in time is served.
            let prompt = try LoopbackConnection(port: port)
            prompt.send(Self.request)
            #expect(await prompt.read(until: "\r\n\r\n", seconds: 20).hasPrefix("HTTP/1.1 200"))
        }
    }

    @Test(.timeLimit(.minutes(1))) func anIdleConnectionIsClosed() async throws {
        let fixture = try await HTTPFixture.make {
            $0.headerTimeout = .seconds(60)
            $0.idleTimeout = .seconds(1)
        }
        try await fixture.app.test(.live) { client in
            let port = try #require(client.port)
            let silent = try LoopbackConnection(port: port)
            #expect(await silent.closedByPeer(within: 20))
            // Also after a request, when the connection is kept alive and nothing more comes.
            let kept = try LoopbackConnection(port: port)
            kept.send(Self.request)
            #expect(await kept.read(until: "</html>", seconds: 20).hasPrefix("HTTP/1.1 200"))
            #expect(await kept.closedByPeer(within: 20))
        }
    }

    @Test(.timeLimit(.minutes(1))) func connectionsBeyondTheCapAreClosed() async throws {
        let fixture = try await HTTPFixture.make {
            $0.maximumConnections = 2
            $0.headerTimeout = .seconds(30)
            $0.idleTimeout = .seconds(30)
        }
        try await fixture.app.test(.live) { client in
            let port = try #require(client.port)
            // The test client may hold a connection of its own: fill the cap with ours first.
            var open: [LoopbackConnection] = []
            var refused = 0
            for _ in 0..<4 {
                let connection = try LoopbackConnection(port: port)
                connection.send(Self.request)
                if await connection.read(until: "\r\n\r\n", seconds: 20).hasPrefix("HTTP/1.1 200") {
                    open.append(connection)
                } else {
                    refused += 1
                }
            }
            #expect(open.count <= 2)
            #expect(refused >= 2)
            let extra = try LoopbackConnection(port: port)
            #expect(await extra.closedByPeer(within: 20))
        }
    }
}
