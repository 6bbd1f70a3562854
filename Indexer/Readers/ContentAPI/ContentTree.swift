import GuideKit

/// The items of every JSON file of a corpus, assembled into trees by id through their `links`:
/// `barn` down (in the API's order), `forelder`/`root` up. Each tree's root becomes one guideline:
/// a product, or an item whose parent is not in the corpus (read as a document of its own).
struct ContentTree {
    struct Node {
        var item: ContentItem
        var children: [Node]

        /// The files of the item and of every item below it.
        var paths: Set<String> {
            children.reduce(into: [item.path]) { $0.formUnion($1.paths) }
        }
    }

    var roots: [Node]

    init(items: [ContentItem], diagnostics: inout [Diagnostic]) {
        var byID: [String: ContentItem] = [:]
        var order: [String] = []
        for item in items {
            if let known = byID[item.id] {
                diagnostics.append(Diagnostic(path: item.path, line: item.line,
                                              message: "innholdselementet \(item.id) finnes også i \(known.path); det første leses"))
                continue
            }
            byID[item.id] = item
            order.append(item.id)
        }
        // A child is claimed by the first parent that names it, so no item is read twice.
        var claimed = Set<String>()
        for id in order {
            guard let item = byID[id] else { continue }
            for child in item.childIDs where byID[child] != nil && child != id { claimed.insert(child) }
        }
        // An item whose forelder is present but does not list it as barn still belongs under it.
        var adopted: [String: [String]] = [:]
        for id in order where !claimed.contains(id) {
            guard let item = byID[id], let parent = item.parentLink?.id, parent != id, byID[parent] != nil else { continue }
            adopted[parent, default: []].append(id)
            claimed.insert(id)
        }
        var visiting = Set<String>()
        func build(_ id: String) -> Node? {
            guard let item = byID[id], visiting.insert(id).inserted else { return nil }
            defer { visiting.remove(id) }
            var children: [Node] = []
            for child in item.childIDs + (adopted[id] ?? []) {
                if byID[child] == nil {
                    diagnostics.append(Diagnostic(path: item.path, line: item.line,
                                                  message: "barnet \(child) av \(item.id) finnes ikke i korpuset; resten leses"))
                } else if let node = build(child) {
                    children.append(node)
                }
            }
            return Node(item: item, children: children)
        }
        roots = order.filter { !claimed.contains($0) }.compactMap(build)
        for root in roots where root.item.type.map(ContentProduct.isProductType) != true {
            if let parent = root.item.parentLink {
                diagnostics.append(Diagnostic(path: root.item.path, line: root.item.line,
                                              message: "forelderen \(parent.id) til \(root.item.id) finnes ikke i korpuset; lest som et eget dokument"))
            }
        }
    }
}
