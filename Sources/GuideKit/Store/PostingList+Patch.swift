/// An in-place update's change to one stored posting list (`IndexUpdater`): entries of removed
/// passages dropped and the new passages' entries appended. Runs of kept entries are copied as bytes;
/// only the entry after a dropped run and the first appended one get a new distance.
extension PostingList {
    /// `removed` passages are dropped (`removedRange` bounds them, so most entries skip the set);
    /// `appended` holds larger ids than every kept one. Returns the list, its number of entries and how many were dropped.
    public static func patched(_ stored: UnsafeRawBufferPointer, removing removed: Set<Int>, within removedRange: ClosedRange<Int>?,
                               appending appended: PostingList) -> (list: PostingList, entries: Int, dropped: Int) {
        var out = PostingList()
        out.bytes.reserveCapacity(stored.count + appended.bytes.count)
        var offset = 0, passage = 0, last = 0, entries = 0, dropped = 0
        var runStart = 0, skipping = false
        while offset < stored.count {
            let start = offset
            guard let delta = varint(stored, &offset), let heading = varint(stored, &offset), let text = varint(stored, &offset),
                  delta > 0 else { offset = start; break }
            passage += delta
            if let removedRange, removedRange.contains(passage), removed.contains(passage) {
                if !skipping { out.bytes.append(contentsOf: stored[runStart..<start]) }
                skipping = true
                dropped += 1
                continue
            }
            if skipping {
                appendVarint(passage - last, to: &out.bytes)
                appendVarint(heading, to: &out.bytes)
                appendVarint(text, to: &out.bytes)
                runStart = offset
                skipping = false
            }
            last = passage
            entries += 1
        }
        if !skipping { out.bytes.append(contentsOf: stored[runStart..<offset]) }
        out.lastPassage = last
        appended.bytes.withUnsafeBytes { new in
            var first = true
            var newOffset = 0
            while first, newOffset < new.count {
                // The first appended entry's distance is from 0 in its own list: from `last` here.
                guard let delta = varint(new, &newOffset), let heading = varint(new, &newOffset), let text = varint(new, &newOffset) else { return }
                out.append(passage: delta, heading: heading, text: text)
                first = false
                out.bytes.append(contentsOf: new[newOffset...])
                out.lastPassage = appended.lastPassage
            }
        }
        entries += appended.entryCount
        return (out, entries, dropped)
    }
}
