import Foundation

/// Runs the async sync from the synchronous top level and waits for it.
enum SyncRunner {
    private final class Box<T: Sendable>: @unchecked Sendable {
        // Written once by the task before it signals, read once after the wait.
        var value: Result<T, any Error>?
    }

    static func wait<T: Sendable>(_ work: @escaping @Sendable () async throws -> T) -> Result<T, any Error> {
        let box = Box<T>()
        let done = DispatchSemaphore(value: 0)
        Task {
            do { box.value = .success(try await work()) } catch { box.value = .failure(error) }
            done.signal()
        }
        done.wait()
        return box.value ?? .failure(CancellationError())
    }
}
