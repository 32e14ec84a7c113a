import NIOCore

/// Stops clients from holding connections open for nothing: a connection beyond the cap is closed as
/// soon as it is accepted, and one that has not sent complete request headers within the header timeout
/// of opening is closed (a client that trickles its headers a byte at a time would otherwise keep the
/// connection for as long as it likes, since every byte resets the idle timer).
///
/// It sits in front of the HTTP decoder and sees raw bytes; the end of the headers is the first empty
/// line. Later requests on a kept-alive connection are bounded by the idle timeout of the HTTP channel.
final class ConnectionGuard: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private let headerTimeout: TimeAmount
    private let maximumConnections: Int
    private let count: ConnectionCount
    private var deadline: Scheduled<Void>?
    /// The last bytes read, for an empty line split across reads.
    private var tail: [UInt8] = []

    init(headerTimeout: TimeAmount, maximumConnections: Int, count: ConnectionCount) {
        self.headerTimeout = headerTimeout
        self.maximumConnections = maximumConnections
        self.count = count
    }

    func handlerAdded(context: ChannelHandlerContext) {
        let count = self.count
        let open = count.open()
        context.channel.closeFuture.whenComplete { _ in count.close() }
        guard open <= maximumConnections else {
            context.close(promise: nil)
            return
        }
        let channel = context.channel
        deadline = context.eventLoop.scheduleTask(in: headerTimeout) { channel.close(promise: nil) }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        deadline?.cancel()
        deadline = nil
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        if deadline != nil, endsHeaders(unwrapInboundIn(data)) {
            deadline?.cancel()
            deadline = nil
            tail = []
        }
        context.fireChannelRead(data)
    }

    /// Whether `buffer`, after the bytes read before it, holds the empty line that ends the headers.
    private func endsHeaders(_ buffer: ByteBuffer) -> Bool {
        let bytes = tail + Array(buffer.readableBytesView)
        let emptyLine: [UInt8] = [13, 10, 13, 10]
        if bytes.count >= emptyLine.count {
            for start in 0...(bytes.count - emptyLine.count) where bytes[start..<(start + emptyLine.count)].elementsEqual(emptyLine) {
                return true
            }
        }
        tail = Array(bytes.suffix(emptyLine.count - 1))
        return false
    }
}
