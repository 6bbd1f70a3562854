import Foundation
import GuideCLI
import GuideIndexer
import GuideKit
import GuideSync

// `guide sync` execs this program (same process id, same stderr); see SyncCommand in GuideCLI.
// It sends no user query anywhere and never prints the key.

func report(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}

let onTerminal = isatty(STDERR_FILENO) == 1
let arguments: SyncArguments
do {
    arguments = try SyncArguments(Array(CommandLine.arguments.dropFirst()), environment: ProcessInfo.processInfo.environment)
} catch {
    report("guide: feil: \(error)")
    exit(error is SyncArguments.NotAnAddress ? 1 : 64)
}
let location = IndexLocation(corpus: arguments.corpus, index: arguments.index)
let sync = ContentSync(corpus: location.corpusPath, options: arguments.options) { event in
    switch event {
    case .progress(let progress):
        // A terminal gets one line rewritten in place; a log a plain line every few seconds.
        if onTerminal { FileHandle.standardError.write(Data(("\r\u{1B}[K" + progress.line).utf8)) } else { report(progress.line) }
    case .warning(let text):
        if onTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        report("guide: advarsel: \(text)")
    }
}

let outcome = SyncRunner.wait { try await sync.run() }
if onTerminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
switch outcome {
case .failure(let error):
    report("guide: feil: \(error)")
    exit(1)
case .success(let summary):
    report("guide: " + summary.line + " → " + sync.mirrorPath)
    var failed = summary.failed > 0
    if summary.changedFiles {
        // The index follows the usual way: the products the changed items belong to replaced in place
        // when that can be done, else rebuilt (aside, swapped in atomically) from the corpus now holding the mirror.
        let knowledgeBase = KnowledgeBase(location: location) { event in event.stderrLines.forEach(report) }
        do {
            try knowledgeBase.refresh(full: false, reason: "synkroniseringen endret \(summary.new + summary.changed + summary.removed) elementer")
        } catch {
            report("guide: feil: \(error)")
            failed = true
        }
    }
    if summary.failed > 0 { report("guide: feil: \(SyncError.incomplete(failed: summary.failed))") }
    exit(failed ? 1 : 0)
}
