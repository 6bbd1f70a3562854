/// An in-place update's change to one stored posting list (`IndexUpdater`).
extension PostingList {
    /// An update that reuses passage ids (`IndexUpdater`): the entries of `dropped` passages (every
    /// passage of the guidelines replaced) removed, and `inserted`'s entries merged in by id, which
    /// may fall between kept ones. Runs of kept entries are copied as bytes; only the first entry of a
    /// run after a change is written anew. Returns the list, its number of entries and how many were dropped.
    public static func merged(_ stored: UnsafeRawBufferPointer, dropping dropped: Set<Int>, within droppedRange: ClosedRange<Int>?,
                              inserting inserted: PostingList) -> (list: PostingList, entries: Int, dropped: Int) {
        var new: [(passage: Int, heading: Int, text: Int)] = []
        new.reserveCapacity(inserted.entryCount)
        inserted.bytes.withUnsafeBytes { bytes in forEach(in: bytes) { new.append(($0, $1, $2)) } }
        var out = PostingList()
        out.bytes.reserveCapacity(stored.count + inserted.bytes.count)
        var next = 0, offset = 0, passage = 0, entries = 0, droppedCount = 0
        // Kept entries from `runStart` on are copied when the run ends; `runLast`: its last passage.
        var runStart = 0, runLast = 0, inRun = false
        func endRun(at end: Int) {
            guard inRun else { return }
            out.bytes.append(contentsOf: stored[runStart..<end])
            out.lastPassage = runLast
            inRun = false
        }
        while offset < stored.count {
            let start = offset
            guard let delta = varint(stored, &offset), let heading = varint(stored, &offset), let text = varint(stored, &offset),
                  delta > 0 else { offset = start; break }
            passage += delta
            if next < new.count, new[next].passage < passage {
                endRun(at: start)
                while next < new.count, new[next].passage < passage {
                    out.append(passage: new[next].passage, heading: new[next].heading, text: new[next].text)
                    next += 1
                }
            }
            if let droppedRange, droppedRange.contains(passage), dropped.contains(passage) {
                endRun(at: start)
                droppedCount += 1
                continue
            }
            entries += 1
            if inRun {
                runLast = passage
            } else {
                // The first kept entry after a change: its distance is from the last entry written.
                out.append(passage: passage, heading: heading, text: text)
                runStart = offset
                runLast = passage
                inRun = true
            }
        }
        endRun(at: offset)
        for entry in new[next...] { out.append(passage: entry.passage, heading: entry.heading, text: entry.text) }
        return (out, entries + new.count, droppedCount)
    }
}
