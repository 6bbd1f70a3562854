import GuideKit

/// `guide role` and the `--must` / `--role` filters of `guide search`.
extension CommandRunner {
    /// A search, filtered when asked. An unknown `--role` is a usage error (exit 64) that lists the
    /// known roles: the option's value is wrong, as a bad `--limit` is. A known role that acts
    /// nowhere in the hits gives "Ingen treff".
    func search(_ index: IndexStore) throws -> SearchResults {
        let query = invocation.arguments.joined(separator: " ")
        let filter = SearchFilter(obligationsOnly: invocation.must, role: invocation.role)
        do {
            return try SearchQuestion(query, limit: invocation.limit, explain: invocation.explain, filter: filter).answer(in: index)
        } catch let error as RoleQueryError {
            throw UsageError(message: "\(error)", command: .search)
        }
    }

    /// `guide role`: the roles with counts; `guide role NAME`: that role's tasks. An unknown name
    /// fails (exit 1) as an unknown act does for `guide law`, naming the nearest and the known roles.
    func runRole() throws {
        let index = try openIndex()
        if invocation.arguments.isEmpty {
            let overview = try RoleOverviewQuestion().answer(in: index)
            try emit(overview, text: RoleRenderer.render(overview, style: style))
        } else {
            let tasks = try RoleTasksQuestion(role: invocation.arguments.joined(separator: " ")).answer(in: index)
            try emit(tasks, text: RoleRenderer.render(tasks, style: style))
        }
    }
}
