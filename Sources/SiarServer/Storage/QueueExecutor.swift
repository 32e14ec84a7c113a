import Dispatch

/// A serial executor on a dispatch queue of its own.
///
/// The stores run their blocking file work (fsync, flock, reading the content) on it, so that work never
/// occupies a thread of the cooperative pool that serves the HTTP requests.
final class QueueExecutor: SerialExecutor {
    let queue: DispatchQueue

    init(label: String) {
        queue = DispatchQueue(label: label)
    }

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        let executor = asUnownedSerialExecutor()
        queue.async { job.runSynchronously(on: executor) }
    }
}
