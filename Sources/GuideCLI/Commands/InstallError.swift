/// Why `guide install` stopped, in Norwegian. Nothing was replaced.
enum InstallError: Error, CustomStringConvertible {
    case noProgramPath
    case noHome
    case noCheckout(String)
    case sameCorpus(String)
    case unreadable(String)
    case foreignProgram([String])

    var description: String {
        switch self {
        case .noProgramPath:
            "fant ikke stien til programmet som kjører (/proc/self/exe)"
        case .noHome:
            "HOME er ikke satt (eller ikke en absolutt sti): velg hvor guide skal installeres med --prefix MAPPE"
        case .noCheckout(let program):
            "\(program) ligger ikke i en utsjekk med en Corpus-mappe: kjør install fra en bygget utsjekk, "
                + "eller velg korpuset med --corpus MAPPE"
        case .sameCorpus(let corpus):
            "korpuset \(corpus) er allerede der install legger det: velg et annet med --corpus MAPPE"
        case .unreadable(let path):
            "kunne ikke lese \(path)"
        case .foreignProgram(let paths):
            "\(paths.joined(separator: ", ")) finnes og er ikke lagt der av guide; ingenting er erstattet. "
                + "Fjern eller flytt filen selv, eller installer et annet sted med --prefix MAPPE"
        }
    }
}
