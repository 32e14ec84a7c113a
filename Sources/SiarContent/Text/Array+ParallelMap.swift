import Dispatch

extension Array where Element: Sendable {
    /// `map` spread over every core, results in input order.
    ///
    /// Work is handed out in contiguous chunks so each thread writes its own slice of the result; the
    /// buffer is only read after `concurrentPerform` has returned, which is why the unchecked
    /// `nonisolated(unsafe)` access is sound.
    package func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        let count = self.count
        guard count > 1 else { return map(transform) }
        // Many small chunks, handed out as threads free up: with few, the last one keeps a single core
        // busy while the others idle (items differ in cost — a release page is not a feed).
        let chunks = Swift.min(count, ProcessInfoCores.activeCount * 32)
        return [T](unsafeUninitializedCapacity: count) { buffer, initialized in
            guard let base = buffer.baseAddress else { return }
            nonisolated(unsafe) let output = base
            self.withUnsafeBufferPointer { input in
                nonisolated(unsafe) let input = input
                DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                    let start = chunk * count / chunks
                    let end = (chunk + 1) * count / chunks
                    for i in start..<end { (output + i).initialize(to: transform(input[i])) }
                }
            }
            initialized = count
        }
    }
}

/// The number of cores to spread work over.
package enum ProcessInfoCores {
    package static var activeCount: Int {
        #if canImport(Glibc)
            return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
        #else
            return 4
        #endif
    }
}

#if canImport(Glibc)
    import Glibc
#endif
