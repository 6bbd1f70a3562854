import Foundation

extension ContentSync {
    /// One item to handle: fetched, or (stored earlier in this run) read back from the mirror.
    struct Job: Sendable {
        let id: String
        let path: String
        let fromMirror: Bool
    }

    enum Outcome: Sendable {
        enum Change: Sendable { case new, changed, unchanged }
        case stored(Job, ContentAPIJSON.Item, Change, bytes: Int)
        case readBack(Job, ContentAPIJSON.Item)
        case gone(Job, removedFile: Bool)
        case failed(Job, String)
        case refused(status: Int)
    }

    /// Handles the run's items, at most `jobs` requests in flight, following each item's children
    /// (every one in a full walk; in a run of changes, those the mirror does not hold yet).
    func walk(_ run: SyncState.Run, state: inout SyncState, summary: inout SyncSummary, start: Date) async throws {
        var run = run
        var queue: [Job] = []
        var queued: Set<String> = []
        var reached: Set<String> = []
        func enqueue(_ id: String, _ path: String) {
            guard queued.insert(id).inserted else { return }
            queue.append(Job(id: id, path: path, fromMirror: run.done.contains(id)))
        }
        for root in run.roots { enqueue(root.id, root.path) }
        func follow(_ item: ContentAPIJSON.Item) {
            for path in item.children {
                guard let id = Self.id(ofPath: path), !queued.contains(id) else { continue }
                if !run.full && state.paths[id] != nil && !run.done.contains(id) { continue }
                enqueue(id, path)
            }
        }

        var next = 0, inFlight = 0
        var refusal: Int?
        var lastSave = Date(), lastProgress = Date()
        let mirror = self.mirror, client = self.client
        await withTaskGroup(of: Outcome.self) { group in
            while true {
                while refusal == nil, inFlight < max(1, options.jobs), next < queue.count {
                    let job = queue[next]
                    next += 1
                    inFlight += 1
                    group.addTask { await Self.handle(job, mirror: mirror, client: client) }
                }
                guard inFlight > 0, let outcome = await group.next() else { break }
                inFlight -= 1
                switch outcome {
                case .stored(let job, let item, let change, let bytes):
                    run.done.insert(job.id)
                    run.done.insert(item.id)
                    reached.insert(item.id)
                    state.paths[item.id] = job.path
                    summary.bytes += bytes
                    switch change {
                    case .new: summary.new += 1
                    case .changed: summary.changed += 1
                    case .unchanged: summary.unchanged += 1
                    }
                    follow(item)
                case .readBack(_, let item):
                    reached.insert(item.id)
                    summary.alreadyFetched += 1
                    follow(item)
                case .gone(let job, let removedFile):
                    run.done.insert(job.id)
                    state.paths[job.id] = nil
                    if removedFile { summary.removed += 1 }
                case .failed(let job, let why):
                    summary.failed += 1
                    events(.warning("\(job.path): \(why)"))
                case .refused(let status):
                    refusal = status
                }
                let now = Date()
                if now.timeIntervalSince(lastSave) >= 1 {
                    state.run = run
                    do { try state.save(to: mirror.statePath) } catch { events(.warning("\(mirror.statePath): \(error)")) }
                    lastSave = now
                }
                if now.timeIntervalSince(lastProgress) >= options.progressInterval {
                    events(.progress(progress(next - inFlight, of: queue.count, summary, start)))
                    lastProgress = now
                }
            }
        }
        events(.progress(progress(next - inFlight, of: queue.count, summary, start)))
        if let refusal {
            state.run = run
            try? state.save(to: mirror.statePath)
            throw SyncError.refused(status: refusal, keySet: options.key != nil)
        }
        if summary.failed == 0 {
            if run.full { try removeUnreached(reached, state: &state, summary: &summary) }
            state.lastComplete = run.started
            state.run = nil
        } else {
            state.run = run
        }
        do { try state.save(to: mirror.statePath) } catch {
            throw SyncError.mirrorUnwritable(path: mirror.statePath, why: "\(error)")
        }
    }

    /// After a complete full walk: what the mirror holds that no product leads to any more.
    private func removeUnreached(_ reached: Set<String>, state: inout SyncState, summary: inout SyncSummary) throws {
        for id in try mirror.itemIDs() where !reached.contains(id) {
            if try mirror.remove(id) { summary.removed += 1 }
        }
        state.paths = state.paths.filter { reached.contains($0.key) }
    }

    private func progress(_ done: Int, of known: Int, _ summary: SyncSummary, _ start: Date) -> SyncProgress {
        SyncProgress(done: done, known: known, bytes: summary.bytes, seconds: Date().timeIntervalSince(start))
    }

    /// The id an API path names: its last segment ("/kapitler/0006-0041-…" → "0006-0041-…").
    static func id(ofPath path: String) -> String? {
        let withoutQuery = path.split(separator: "?", maxSplits: 1).first.map(String.init) ?? path
        guard let last = withoutQuery.split(separator: "/").last.map(String.init), ContentAPIJSON.isSafeID(last) else { return nil }
        return last
    }

    static func handle(_ job: Job, mirror: ContentMirror, client: ContentAPIClient) async -> Outcome {
        if job.fromMirror, let data = mirror.read(job.id), let item = try? ContentAPIJSON.item(data) {
            return .readBack(job, item)
        }
        do {
            switch try await client.get(job.path, read: ContentAPIJSON.item) {
            case .body(let data, let item):
                let old = mirror.read(item.id)
                if old == data { return .stored(job, item, .unchanged, bytes: data.count) }
                do {
                    try mirror.write(data, id: item.id)
                } catch {
                    return .failed(job, "cannot store it: \(error)")
                }
                return .stored(job, item, old == nil ? .new : .changed, bytes: data.count)
            case .gone:
                do {
                    return .gone(job, removedFile: try mirror.remove(job.id))
                } catch {
                    return .failed(job, "cannot remove it: \(error)")
                }
            }
        } catch {
            switch error {
            case .refused(let status): return .refused(status: status)
            case .unreachable(let why), .notContentJSON(let why), .failed(let why): return .failed(job, why)
            }
        }
    }
}
