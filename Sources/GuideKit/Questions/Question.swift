/// A question a front end asks of an index: a request value whose answer is a result value built
/// from the model's types. Questions hold no SQL; they read records from an `IndexStore`, one per
/// thread (see there), and apply the domain's rules to them.
public protocol Question {
    associatedtype Answer
    func answer(in store: IndexStore) throws -> Answer
}
