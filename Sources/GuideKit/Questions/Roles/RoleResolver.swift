import Foundation

/// Resolves a typed role name against the index's copy of the role lexicon (`roles`,
/// `role_names`): any listed name in any inflection ("fastlegen", "ALS-koordinatoren"), then the
/// same typed without æ ø å; otherwise `RoleQueryError.unknownRole` with the nearest role and the
/// list of known ones.
struct RoleResolver {
    let store: IndexStore

    /// The canonical role a name stands for ("fastlegen" → "fastlege", "als koordinatoren" → "ALS-koordinator").
    /// Known roles are compared as `RoleName` says; names in the index are lower case.
    func resolve(_ typed: String) throws -> String {
        let key = RoleName.key(typed)
        if !key.isEmpty, let role = try store.role(key: key) { return role }
        let forms = try store.roleNameForms()
        // An inflection ("fastlegens"), then the same typed without æ ø å ("parorende").
        let inflected = Set(forms.filter { RoleName.matches(name: key, listed: $0.key) }.map(\.role))
        if inflected.count == 1, let role = inflected.first { return role }
        let folded = Spelling.folded(key)
        let sameFolded = Set(forms.filter {
            Spelling.folded($0.key) == folded || RoleName.matches(name: folded, listed: Spelling.folded($0.key))
        }.map(\.role))
        if !folded.isEmpty, sameFolded.count == 1, let role = sameFolded.first { return role }
        let nearest = NearestName.indexedNames.nearest(to: folded, among: forms.sorted { $0.key < $1.key }) {
            Spelling.folded($0.key)
        }?.role
        throw RoleQueryError.unknownRole(typed.trimmingCharacters(in: .whitespaces), suggestion: nearest, known: try store.roleNames())
    }
}
