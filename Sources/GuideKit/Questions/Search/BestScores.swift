/// The `limit` best (passage, score) pairs seen, kept in a heap whose root is the worst kept:
/// higher scores are better, and on equal scores the lower passage id.
struct BestScores {
    let limit: Int
    private var heap: [(passage: Int, score: Double)] = []

    init(limit: Int) {
        self.limit = limit
        heap.reserveCapacity(min(max(limit, 0), 4096))
    }

    /// The score a passage must beat once `limit` are kept; nil until then.
    var worstScore: Double? { heap.count >= limit ? heap.first?.score : nil }

    mutating func insert(passage: Int, score: Double) {
        guard limit > 0 else { return }
        if heap.count < limit {
            heap.append((passage, score))
            siftUp(heap.count - 1)
        } else if Self.isBetter((passage, score), than: heap[0]) {
            heap[0] = (passage, score)
            siftDown(0)
        }
    }

    /// Best first.
    func sorted() -> [(passage: Int, score: Double)] {
        heap.sorted { Self.isBetter($0, than: $1) }
    }

    private static func isBetter(_ a: (passage: Int, score: Double), than b: (passage: Int, score: Double)) -> Bool {
        a.score != b.score ? a.score > b.score : a.passage < b.passage
    }

    private mutating func siftUp(_ index: Int) {
        var child = index
        while child > 0 {
            let parent = (child - 1) / 2
            guard Self.isBetter(heap[parent], than: heap[child]) else { return }
            heap.swapAt(parent, child)
            child = parent
        }
    }

    private mutating func siftDown(_ index: Int) {
        var parent = index
        while true {
            let left = 2 * parent + 1, right = left + 1
            var worst = parent
            if left < heap.count, Self.isBetter(heap[worst], than: heap[left]) { worst = left }
            if right < heap.count, Self.isBetter(heap[worst], than: heap[right]) { worst = right }
            if worst == parent { return }
            heap.swapAt(parent, worst)
            parent = worst
        }
    }
}
