import CSQLite

/// A tokenizer written in Swift that FTS5 calls for documents and queries
/// (https://sqlite.org/fts5.html#custom_tokenizers).
public protocol FTS5Tokenizer: Sendable {
    /// Splits UTF-8 `text` into tokens. `emit(token, start, end, colocated)` receives each token with
    /// its byte range in `text`; `colocated` tokens share the position of the previous one (synonyms,
    /// stems). Stop when `emit` returns false.
    func tokenize(_ text: UnsafeBufferPointer<UInt8>, reason: FTS5TokenizeReason,
                  emit: (_ token: String, _ start: Int, _ end: Int, _ colocated: Bool) -> Bool)
}

public enum FTS5TokenizeReason: Sendable {
    case document
    case query
    /// A query term followed by `*`.
    case prefixQuery
    case auxiliary
}

/// Keeps the Swift tokenizer alive for as long as SQLite holds it.
private final class TokenizerBox {
    let tokenizer: any FTS5Tokenizer
    init(_ tokenizer: any FTS5Tokenizer) { self.tokenizer = tokenizer }
}

extension Database {
    /// Registers `tokenizer` under `name` on this connection. Every connection that reads or writes
    /// an FTS5 table using it must register it first.
    public func register(tokenizer: any FTS5Tokenizer, named name: String) throws {
        let api = try fts5API()
        let box = Unmanaged.passRetained(TokenizerBox(tokenizer)).toOpaque()
        var methods = fts5_tokenizer(
            xCreate: { context, _, _, instance in
                // Every table shares the one box: the tokenizer holds no per-table state.
                instance?.pointee = OpaquePointer(context)
                return SQLITE_OK
            },
            xDelete: { _ in },
            xTokenize: { instance, callbackContext, flags, text, length, xToken in
                guard let instance, let xToken else { return SQLITE_ERROR }
                let box = Unmanaged<TokenizerBox>.fromOpaque(UnsafeRawPointer(instance)).takeUnretainedValue()
                let reason: FTS5TokenizeReason =
                    flags & FTS5_TOKENIZE_QUERY != 0 ? (flags & FTS5_TOKENIZE_PREFIX != 0 ? .prefixQuery : .query)
                    : flags & FTS5_TOKENIZE_DOCUMENT != 0 ? .document : .auxiliary
                let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(text)?.assumingMemoryBound(to: UInt8.self),
                                                count: Int(max(length, 0)))
                var code = SQLITE_OK
                box.tokenizer.tokenize(bytes, reason: reason) { token, start, end, colocated in
                    var token = token
                    code = token.withUTF8 { utf8 in
                        utf8.withMemoryRebound(to: CChar.self) {
                            xToken(callbackContext, colocated ? FTS5_TOKEN_COLOCATED : 0, $0.baseAddress,
                                   Int32($0.count), Int32(start), Int32(end))
                        }
                    }
                    return code == SQLITE_OK
                }
                return code
            })
        let code = withUnsafeMutablePointer(to: &methods) {
            api.pointee.xCreateTokenizer(UnsafeMutablePointer(mutating: api), name, box, $0) { context in
                if let context { Unmanaged<TokenizerBox>.fromOpaque(context).release() }
            }
        }
        guard code == SQLITE_OK else {
            Unmanaged<TokenizerBox>.fromOpaque(box).release()
            throw SQLiteError(code: code, connection: handle)
        }
    }

    /// The connection's `fts5_api`, obtained as https://sqlite.org/fts5.html#extending_fts5 describes.
    func fts5API() throws -> UnsafePointer<fts5_api> {
        let statement = try prepare("SELECT fts5(?1)")
        var api: UnsafePointer<fts5_api>?
        // The pointer type must be a static string, and `api` must stay in place until the step.
        let type: StaticString = "fts5_api_ptr"
        try withUnsafeMutablePointer(to: &api) { pointer in
            let code = type.utf8Start.withMemoryRebound(to: CChar.self, capacity: type.utf8CodeUnitCount) {
                sqlite3_bind_pointer(statement.handle, 1, pointer, $0, nil)
            }
            guard code == SQLITE_OK else { throw SQLiteError(code: code, connection: handle) }
            _ = try statement.step()
        }
        guard let api else { throw SQLiteError(code: SQLITE_ERROR, message: "FTS5 is not available in this SQLite") }
        return api
    }
}
