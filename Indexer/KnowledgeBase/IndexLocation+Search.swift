import GuideKit

extension IndexLocation {
    /// The corpus the user chose, else the first of these that is a directory: `./Corpus` (a
    /// checkout), the data directory's `Corpus/`, the one beside a program in a `bin` folder
    /// (`<prefix>/share/guide/Corpus` for `<prefix>/bin/guide`). With none there, the
    /// first place stands (as before installing was possible) and `placesSearched` names them all.
    /// Costs one `stat` a place up to the first found.
    public static func found(chosenCorpus: String?, index: String?, dataDirectory: String?, programDirectory: String?) -> IndexLocation {
        if let chosenCorpus { return IndexLocation(corpus: chosenCorpus, index: index) }
        var places = [CorpusPlace(path: standardized(defaultCorpus), kind: .checkout)]
        if let dataDirectory {
            places.append(CorpusPlace(path: dataDirectory + "/" + DataDirectory.corpusName, kind: .dataDirectory))
        }
        if let programDirectory, programDirectory.hasSuffix("/bin") {
            let beside = DataDirectory.beside(programDirectory: programDirectory) + "/" + DataDirectory.corpusName
            if !places.contains(where: { $0.path == beside }) { places.append(CorpusPlace(path: beside, kind: .besideProgram)) }
        }
        let chosen = places.first { PathStatus.isDirectory($0.path) } ?? places[0]
        return IndexLocation(corpus: chosen.path, index: index, placesSearched: places)
    }
}
