import GuideKit

/// Finished guidelines, handed out one at a time as the writer asks for them, from documents pulled
/// as they are needed: a window of text files is read and structured on every core
/// (`OrderedConcurrentMap`), its guidelines handed on in corpus order, then the next window is read.
/// So at most a window of documents and of guidelines is held, whatever the size of the corpus. The
/// content API's JSON files are read corpus-wide (one guideline from many files): they are set aside
/// as they come and read after the last text file, as `StructurePipeline.guidelines` has them.
final class GuidelineStream<Documents: IteratorProtocol<SourceDocument>>: Sequence, IteratorProtocol {
    /// The documents' source; read what it gathered (files, refusals) once the stream is drained.
    private(set) var documents: Documents
    /// What the readers and passes reported, in corpus order.
    private(set) var diagnostics: [Diagnostic] = []
    /// Seconds spent reading and structuring (the writer's time between is not counted).
    private(set) var seconds = 0.0
    private let window: Int
    /// The window read, last guideline first (taken from the end).
    private var ready: [Guideline] = []
    private var contentDocuments: [SourceDocument] = []
    private var textIDs = Set<String>()
    private var textsDone = false, contentDone = false

    init(_ documents: Documents, window: Int = OrderedConcurrentMap.defaultWindow) {
        self.documents = documents
        self.window = Swift.max(1, window)
    }

    func next() -> Guideline? {
        let start = BuildStages.now()
        defer { seconds += BuildStages.now() - start }
        while ready.isEmpty {
            if !textsDone {
                readTextWindow()
            } else if !contentDone {
                contentDone = true
                readContent()
            } else {
                return nil
            }
        }
        return ready.popLast()
    }

    /// Up to `window` text documents, read and finished on every core; JSON documents set aside.
    private func readTextWindow() {
        var batch: [SourceDocument] = []
        while batch.count < window {
            guard let document = documents.next() else {
                textsDone = true
                break
            }
            if StructurePipeline.isContentFile(document.path) {
                contentDocuments.append(document)
            } else {
                batch.append(document)
            }
        }
        var read: [Guideline] = []
        OrderedConcurrentMap.forEach(batch, window: window) { document in
            var found: [Diagnostic] = []
            return (StructurePipeline.guideline(from: document, diagnostics: &found), found)
        } consume: { guideline, found in
            diagnostics += found
            if let guideline { read.append(guideline) }
        }
        for guideline in read { textIDs.insert(guideline.id) }
        ready = read.reversed()
    }

    /// The content API's products, after every text guideline.
    private func readContent() {
        let products = ContentAPIReader.products(from: contentDocuments, diagnostics: &diagnostics)
        contentDocuments = []
        let ids = StructurePipeline.uniqueIDs(of: products, taken: textIDs)
        ready = StructurePipeline.guidelines(from: Array(zip(products, ids)), diagnostics: &diagnostics).reversed()
    }
}
