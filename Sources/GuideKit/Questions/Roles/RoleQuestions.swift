/// `guide role`: every known role with counts, those that act most first; roles never named come last.
public struct RoleOverviewQuestion: Question, Sendable, Hashable {
    public init() {}

    public func answer(in store: IndexStore) throws -> RoleOverview {
        let names = try store.roleNames()
        var counts: [String: RoleOverview.Role] = [:]
        for name in names { counts[name] = RoleOverview.Role(name: name, recommendations: 0, tasks: 0, mentions: 0) }
        var tasks: [String: Set<Int>] = [:], recommendations: [String: Set<String>] = [:], mentions: [String: Int] = [:]
        for (mention, statement) in try store.roleMentionsWithStatements() {
            let role = mention.mention.role
            mentions[role, default: 0] += 1
            guard mention.mention.actor, RoleTask.isTask(statement) else { continue }
            tasks[role, default: []].insert(mention.statementID)
            recommendations[role, default: []].insert(mention.articleID)
        }
        for (role, count) in mentions {
            counts[role] = RoleOverview.Role(name: role, recommendations: recommendations[role]?.count ?? 0,
                                             tasks: tasks[role]?.count ?? 0, mentions: count)
        }
        let order = Dictionary(uniqueKeysWithValues: names.enumerated().map { ($1, $0) })
        return RoleOverview(roles: counts.values.sorted {
            ($1.tasks, $1.mentions, order[$0.name] ?? 0) < ($0.tasks, $0.mentions, order[$1.name] ?? 0)
        })
    }
}

/// `guide role NAME`: what a role is to do — each recommendation in which it acts, with the
/// normative sentences and checklist lines it acts in (a lead-in naming it brings its items), in
/// corpus order. An unknown name throws `RoleQueryError.unknownRole` (`RoleResolver`).
public struct RoleTasksQuestion: Question, Sendable, Hashable {
    /// Any name the role lexicon knows, in any inflection ("fastlegen").
    public var role: String

    public init(role: String) {
        self.role = role
    }

    public func answer(in store: IndexStore) throws -> RoleTasks {
        let resolved = try RoleResolver(store: store).resolve(role)
        var recommendations: [RoleTasks.Recommendation] = []
        var listed = Set<Int>()
        var roles: [Int: [RoleMention]] = [:]
        for (statement, sectionKind, sectionTitle) in try store.statements(actedInBy: resolved) where RoleTask.isTask(statement) {
            if recommendations.last?.recommendation.id != statement.articleID {
                guard let recommendation = try recommendation(articleID: statement.articleID, in: store) else { continue }
                recommendations.append(recommendation)
                roles = try store.roleMentionsByStatement(articleID: statement.articleID)
            }
            let statementID = statement.id ?? 0
            guard listed.insert(statementID).inserted else { continue }
            var items: [String] = []
            if statement.unit == .leadIn, let checklist = statement.checklistID {
                let itemStatements = try store.statements(checklistID: checklist).filter { $0.unit == .item }
                items = itemStatements.map(\.text)
                listed.formUnion(itemStatements.compactMap(\.id))
            }
            let part = statement.sectionID == nil ? "Tittel" : (sectionKind ?? .other).partHeading(title: sectionTitle)
            recommendations[recommendations.count - 1].tasks.append(
                RoleTasks.Task(part: part, statement: StatementSummary(statement, roles: roles[statementID] ?? []), items: items))
        }
        return RoleTasks(query: role, role: resolved, count: recommendations.count, recommendations: recommendations)
    }

    private func recommendation(articleID: String, in store: IndexStore) throws -> RoleTasks.Recommendation? {
        guard let article = try store.article(id: articleID), let chapter = try store.chapter(id: article.chapterID),
              let guideline = try store.guideline(id: article.guidelineID) else { return nil }
        return RoleTasks.Recommendation(
            guideline: GuidelineSummary(guideline), chapter: ChapterSummary(chapter), recommendation: ArticleSummary(article),
            strength: try store.strength(of: article), tasks: [], source: SourceReference(article, guideline: guideline))
    }
}

/// What counts as a role's task: a sentence carrying a norm, or a checklist's lead-in or item.
enum RoleTask {
    static func isTask(_ statement: StatementRecord) -> Bool {
        statement.norm != .none || statement.unit == .leadIn || statement.unit == .item
    }
}
