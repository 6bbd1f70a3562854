import GuideKit

/// The guidelines' ids and titles in corpus order: all the search form's filter needs, without the
/// chapters and recommendations `OutlineQuestion` reads for `guide list`.
struct GuidelineChoicesQuestion: Question {
    func answer(in store: IndexStore) throws -> [(id: String, title: String)] {
        try store.guidelines().map { (id: $0.id, title: $0.title) }
    }
}

/// Questions asked inside one `IndexStore.ask`, so in one read transaction.
struct Together<Answer>: Question {
    let body: (IndexStore) throws -> Answer

    func answer(in store: IndexStore) throws -> Answer {
        try body(store)
    }
}
