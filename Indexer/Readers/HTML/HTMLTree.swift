/// A node of a parsed HTML fragment: an element with its children, or text.
indirect enum HTMLNode: Equatable {
    case element(name: String, attributes: [String: String], children: [HTMLNode])
    case text(String)
}

/// Builds the tree of a fragment from its tokens, as forgiving as a browser for the HTML the
/// content API emits: void elements (`br`, `img` …) take no children; a `p` closes when a block
/// starts; an `li` closes at the next `li` of its list, a `td`/`th` at the next cell, a `tr` at the
/// next row; an end tag closes every element opened inside the one it names, and an end tag with
/// no open element of its name is ignored.
enum HTMLTree {
    static func parse(_ html: String) -> [HTMLNode] {
        var builder = Builder()
        for token in HTMLTokenizer.tokens(html) { builder.add(token) }
        return builder.finish()
    }

    /// Open elements kept at most; the tree (and the recursion over it) stays shallow whatever the input.
    static let maximumDepth = 200

    static let voidElements: Set<String> = ["br", "hr", "img", "input", "meta", "link", "wbr", "col", "area", "base", "source"]
    /// Elements whose start closes an open `p`.
    static let blockElements: Set<String> = [
        "p", "div", "ul", "ol", "li", "table", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "hr",
        "section", "article", "figure", "dl", "dt", "dd",
    ]

    private struct Open {
        let name: String
        let attributes: [String: String]
        var children: [HTMLNode] = []
    }

    private struct Builder {
        /// The open elements, outermost first; the root stands at 0.
        var stack = [Open(name: "#root", attributes: [:])]

        mutating func add(_ token: HTMLToken) {
            switch token {
            case .text(let text):
                stack[stack.count - 1].children.append(.text(text))
            case .start(let name, let attributes, let selfClosing):
                closeImplied(before: name)
                if stack.count > HTMLTree.maximumDepth {
                    return  // deeper than any real page nests: the tag is dropped, its text kept, the stack bounded
                }
                if HTMLTree.voidElements.contains(name) || selfClosing {
                    stack[stack.count - 1].children.append(.element(name: name, attributes: attributes, children: []))
                } else {
                    stack.append(Open(name: name, attributes: attributes))
                }
            case .end(let name):
                guard let at = stack.lastIndex(where: { $0.name == name }), at > 0 else { return }
                while stack.count > at { closeTop() }
            }
        }

        mutating func finish() -> [HTMLNode] {
            while stack.count > 1 { closeTop() }
            return stack[0].children
        }

        private mutating func closeTop() {
            let top = stack.removeLast()
            stack[stack.count - 1].children.append(.element(name: top.name, attributes: top.attributes, children: top.children))
        }

        /// Closes what a new `name` element implicitly ends.
        private mutating func closeImplied(before name: String) {
            if HTMLTree.blockElements.contains(name), let p = openIndex("p", stoppingAt: ["li", "td", "th", "blockquote", "div"]) {
                while stack.count > p { closeTop() }
            }
            switch name {
            case "li": closeSibling("li", within: ["ul", "ol"])
            case "td", "th": closeSibling(["td", "th"], within: ["tr", "table"])
            case "tr": closeSibling("tr", within: ["table", "tbody", "thead", "tfoot"])
            case "dt", "dd": closeSibling(["dt", "dd"], within: ["dl"])
            default: break
            }
        }

        private mutating func closeSibling(_ names: Set<String>, within containers: Set<String>) {
            guard let at = openIndex(names, stoppingAt: containers) else { return }
            while stack.count > at { closeTop() }
        }

        private mutating func closeSibling(_ name: String, within containers: Set<String>) {
            closeSibling([name], within: containers)
        }

        /// The innermost open element named one of `names`, not looking past a `stoppingAt` element.
        private func openIndex(_ names: Set<String>, stoppingAt barriers: Set<String>) -> Int? {
            for i in stack.indices.dropFirst().reversed() {
                if names.contains(stack[i].name) { return i }
                if barriers.contains(stack[i].name) { return nil }
            }
            return nil
        }

        private func openIndex(_ name: String, stoppingAt barriers: Set<String>) -> Int? {
            openIndex([name], stoppingAt: barriers)
        }
    }
}
