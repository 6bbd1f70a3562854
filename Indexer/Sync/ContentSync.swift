import Foundation

/// `guide sync`: keeps the mirror (`ContentMirror`) in step with the content API.
///
/// A first run (or `--full`) lists the products and walks each one's tree through its `barn` links;
/// later runs fetch what the change feed names since the last complete run began (a changed item
/// refetched, a gone one removed, new children fetched). The first request checks key and address
/// before anything is written. The state is saved every second, so after a kill a rerun goes on
/// from there; a run completes (and sets the next `since`) only when no item failed, and only a
/// complete full walk removes items no longer reachable.
public struct ContentSync: Sendable {
    /// The feed is asked from this long before the last complete run began: its time zone is not
    /// documented (UTC or Oslo time), and fetching an item twice costs less than missing one.
    static let sinceMargin: TimeInterval = 2 * 3600

    let mirror: ContentMirror
    let options: SyncOptions
    let client: ContentAPIClient
    let events: @Sendable (SyncEvent) -> Void

    public init(corpus: String, options: SyncOptions, events: @escaping @Sendable (SyncEvent) -> Void = { _ in }) {
        mirror = ContentMirror(corpus: corpus)
        self.options = options
        client = ContentAPIClient(address: options.address,
                                  fetcher: HTTPFetcher(key: options.key, timeout: options.timeout, connections: options.jobs),
                                  retry: options.retry)
        self.events = events
    }

    /// The mirror's folder.
    public var mirrorPath: String { mirror.directory }

    public func run() async throws -> SyncSummary {
        let start = Date()
        var state = SyncState.load(from: mirror.statePath) { events(.warning($0)) }
        var summary = SyncSummary()
        let run = try await begin(&state, summary: &summary)
        summary.full = run.full
        do {
            try mirror.create()
            try mirror.removeLeftovers()
            state.run = run
            try state.save(to: mirror.statePath)
        } catch {
            throw SyncError.mirrorUnwritable(path: mirror.directory, why: "\(error)")
        }
        try await walk(run, state: &state, summary: &summary, start: start)
        summary.seconds = Date().timeIntervalSince(start)
        return summary
    }

    /// The run to do, from the state and the first request (which must succeed): a stopped run goes
    /// on, else a full walk (first run, `--full`, or a state without a complete run) or the changes.
    private func begin(_ state: inout SyncState, summary: inout SyncSummary) async throws -> SyncState.Run {
        let now = ChangeFeed.format(Date())
        if var run = state.run, run.full || !options.full {
            summary.resumedRun = true
            if run.full {
                _ = try await listPage(ContentAPIEndpoints.productLists[0], skip: 0, first: true)
            } else {
                // The feed asked again: what changed since the stop joins the run.
                for id in try await changedIDs(state) where !run.roots.contains(where: { $0.id == id }) {
                    run.roots.append(root(id, state))
                }
            }
            return run
        }
        if options.full || state.lastComplete == nil {
            let roots = try await listProducts()
            return SyncState.Run(full: true, started: now, roots: roots, done: [])
        }
        let roots = try await changedIDs(state).map { root($0, state) }
        return SyncState.Run(full: false, started: now, roots: roots, done: [])
    }

    private func root(_ id: String, _ state: SyncState) -> SyncState.Root {
        SyncState.Root(id: id, path: state.paths[id] ?? ContentAPIEndpoints.anyItem(id))
    }

    private func changedIDs(_ state: SyncState) async throws -> [String] {
        let last = state.lastComplete.flatMap(ChangeFeed.date) ?? Date(timeIntervalSince1970: 0)
        let since = ChangeFeed.format(last.addingTimeInterval(-Self.sinceMargin))
        switch try await request(ContentAPIEndpoints.changes(since: since), first: true, read: ChangeFeed.ids) {
        case .body(_, let ids): return ids
        case .gone(let status): throw SyncError.notContentAPI(address: options.address.base, why: "HTTP \(status) for the change feed")
        }
    }

    /// Every product of every list, each once, in the API's order. A list other than the first that
    /// does not exist (404) is skipped with a warning; one that fails stops the sync before anything
    /// is written (a walk without it would remove that list's products).
    private func listProducts() async throws -> [SyncState.Root] {
        var roots: [SyncState.Root] = []
        var seen: Set<String> = []
        for (number, list) in ContentAPIEndpoints.productLists.enumerated() {
            var skip = 0
            while true {
                guard let ids = try await listPage(list, skip: skip, first: number == 0 && skip == 0) else {
                    events(.warning("\(list.path): API-et har ingen slik liste (HTTP 404); hoppet over"))
                    break
                }
                let fresh = ids.filter { seen.insert($0).inserted }
                roots += fresh.map { SyncState.Root(id: $0, path: list.path + "/" + $0) }
                // A short page ends the list; so does a page of nothing new (a server ignoring `skip`).
                guard ids.count >= ContentAPIEndpoints.pageSize, !fresh.isEmpty else { break }
                skip += ContentAPIEndpoints.pageSize
            }
        }
        return roots
    }

    /// A page's ids; nil when the list does not exist (404 on any list but the first).
    private func listPage(_ list: ContentAPIEndpoints.ProductList, skip: Int, first: Bool) async throws -> [String]? {
        switch try await request(ContentAPIEndpoints.page(list, skip: skip), first: first, read: ContentAPIJSON.listIDs) {
        case .body(_, let ids): return ids
        case .gone(let status):
            if first { throw SyncError.notContentAPI(address: options.address.base, why: "HTTP \(status) for \(list.path)") }
            return nil
        }
    }

    /// A request whose failure stops the sync, said as what to check.
    private func request<Value: Sendable>(_ path: String, first: Bool,
                                          read: (Data) throws(ContentAPIJSON.NotContentJSON) -> Value) async throws -> ContentAPIClient.Answer<Value> {
        do {
            return try await client.get(path, first: first, read: read)
        } catch {
            switch error {
            case .refused(let status): throw SyncError.refused(status: status, keySet: options.key != nil)
            case .unreachable(let why): throw SyncError.unreachable(address: options.address.base, why: why)
            case .notContentJSON(let why): throw SyncError.notContentAPI(address: options.address.base, why: why)
            case .failed(let why):
                throw first ? SyncError.unreachable(address: options.address.base, why: why)
                    : SyncError.requestFailed(path: path, why: why)
            }
        }
    }
}
