/// `acts` and `act_names`: the act registry (Indexer/Structure/Legal), copied when the index is
/// built so that questions resolve "hpl", "lov om helsepersonell" or "helsepersonellovens" as the
/// indexer does. Not per document: the registry is the same for every guideline.
public struct ActRecord: Sendable, Hashable {
    public var name: String
    public var ordinal: Int
    public var kind: ActKind
    /// The act's lovdata.no address.
    public var url: String?

    public init(name: String, ordinal: Int, kind: ActKind, url: String?) {
        self.name = name
        self.ordinal = ordinal
        self.kind = kind
        self.url = url
    }

    static let ddl = """
    -- The act registry (Indexer/Structure/Legal), copied when the index is built so that queries
    -- resolve "hpl", "lov om helsepersonell" or "helsepersonellovens" as the indexer does: every
    -- known act (cited or not) with its lovdata.no address, and every name form keyed lower case
    -- without trailing dots (ActName.lookupKey). The registry stays the one source of these forms.
    CREATE TABLE acts(name TEXT PRIMARY KEY, ordinal INTEGER NOT NULL, kind TEXT NOT NULL, url TEXT);
    CREATE TABLE act_names(
        alias TEXT PRIMARY KEY, act TEXT NOT NULL REFERENCES acts(name), abbreviation INTEGER NOT NULL) WITHOUT ROWID;
    """
}

/// One name form of an act, keyed as `ActName.lookupKey` keys it.
public struct ActNameRecord: Sendable, Hashable {
    public var alias: String
    public var act: String
    public var isAbbreviation: Bool

    public init(alias: String, act: String, isAbbreviation: Bool) {
        self.alias = alias
        self.act = act
        self.isAbbreviation = isAbbreviation
    }

    init(_ row: some NamedColumns) throws {
        alias = try row.text("alias")
        act = try row.text("act")
        isAbbreviation = try row.bool("abbreviation")
    }
}

extension IndexStore {
    public func insert(_ act: ActRecord) throws {
        try db.run("INSERT INTO acts(name, ordinal, kind, url) VALUES (?, ?, ?, ?)", [act.name, act.ordinal, act.kind.rawValue, act.url])
    }

    public func insert(_ name: ActNameRecord) throws {
        try db.run("INSERT INTO act_names(alias, act, abbreviation) VALUES (?, ?, ?)", [name.alias, name.act, name.isAbbreviation ? 1 : 0])
    }

    /// Every known act.
    public func acts() throws -> [ActRecord] {
        try db.rows("SELECT name, ordinal, kind, url FROM acts").map {
            ActRecord(name: try $0.text("name"), ordinal: try $0.int("ordinal"), kind: try $0.value("kind"), url: try $0.optionalText("url"))
        }
    }

    /// The act a name form stands for.
    public func actName(alias: String) throws -> ActNameRecord? {
        try db.firstRow("SELECT alias, act, abbreviation FROM act_names WHERE alias = ?", [alias]).map(ActNameRecord.init)
    }

    /// Every name form, by alias.
    public func actNames() throws -> [ActNameRecord] {
        try db.rows("SELECT alias, act, abbreviation FROM act_names ORDER BY alias").map(ActNameRecord.init)
    }

    /// One act's name forms, by alias.
    public func actNames(act: String) throws -> [ActNameRecord] {
        try db.rows("SELECT alias, act, abbreviation FROM act_names WHERE act = ? ORDER BY alias", [act]).map(ActNameRecord.init)
    }
}
