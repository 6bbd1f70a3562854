/// The content API's endpoints this client uses, in one table.
///
/// ASSUMPTION, to verify against the API's OpenAPI description: the list endpoints of the products
/// are not in the saved responses. They are taken to be the paths the products' own hrefs show
/// (`rel` root: "/retningslinjer/{id}", "/faglig-rad/{id}", …), listed with `skip` and `take`.
/// `pakkeforlop` is seen in no response at all. A list endpoint other than the first that answers
/// 404 is skipped with a warning, so a wrong guess costs a line, not the sync.
public enum ContentAPIEndpoints {
    public struct ProductList: Sendable, Equatable {
        /// The product type as `tekniskeData.infoType` and link `type` name it.
        public let type: String
        /// The list path; an item of the list is fetched at "<path>/<id>".
        public let path: String
    }

    /// The first is also the first request of a full sync, which must answer (it checks key and address).
    public static let productLists: [ProductList] = [
        ProductList(type: "retningslinje", path: "/retningslinjer"),
        ProductList(type: "faglig-rad", path: "/faglig-rad"),
        ProductList(type: "nasjonal-veileder", path: "/nasjonal-veileder"),
        ProductList(type: "veileder", path: "/veiledere"),
        ProductList(type: "veileder-lov-forskrift", path: "/veileder-lov-forskrift"),
        ProductList(type: "prioriteringsveileder", path: "/prioriteringsveiledere"),
        ProductList(type: "rundskriv", path: "/rundskriv"),
        ProductList(type: "pakkeforlop", path: "/pakkeforlop"),
    ]

    /// Items per list page (`take`).
    public static let pageSize = 100

    /// Any item by id, whatever its type (the saved rundskriv came from "/innhold/{id}"): for ids the
    /// change feed names that the mirror has not seen.
    public static func anyItem(_ id: String) -> String { "/innhold/" + id }

    /// The change feed: the ids changed since a time. ASSUMPTION (as above): the path is "/GetChanges",
    /// the answer a JSON array of ids or of objects with an `id`, not paged.
    public static func changes(since: String) -> String { "/GetChanges?since=" + since }

    public static func page(_ list: ProductList, skip: Int) -> String {
        "\(list.path)?skip=\(skip)&take=\(pageSize)"
    }
}
