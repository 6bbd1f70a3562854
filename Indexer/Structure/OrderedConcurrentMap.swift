import Dispatch
import Synchronization

/// Runs a pure function of one item on every core and hands the results on in the items' order, so
/// what comes out (ids, diagnostics, row order) never depends on timing. Items go a window at a time:
/// at most `window` results wait for the consumer, whatever the number of items.
enum OrderedConcurrentMap {
    /// Enough per window that a long file and a short one even out across two to four cores.
    static let defaultWindow = 16

    static func forEach<Item: Sendable, Output: Sendable>(_ items: [Item], window: Int = defaultWindow,
                                                          transform: @Sendable (Item) -> Output, consume: (Output) -> Void) {
        let size = max(1, window)
        var start = items.startIndex
        while start < items.endIndex {
            let end = min(start + size, items.endIndex)
            for output in map(items[start..<end], transform: transform) { consume(output) }
            start = end
        }
    }

    /// The window's outputs, in order.
    private static func map<Item: Sendable, Output: Sendable>(_ items: ArraySlice<Item>, transform: @Sendable (Item) -> Output) -> [Output] {
        guard items.count > 1 else { return items.map(transform) }
        let slots = Mutex<[Output?]>(Array(repeating: nil, count: items.count))
        DispatchQueue.concurrentPerform(iterations: items.count) { offset in
            let output = transform(items[items.startIndex + offset])
            slots.withLock { $0[offset] = output }
        }
        return slots.withLock { $0.compactMap { $0 } }
    }
}
