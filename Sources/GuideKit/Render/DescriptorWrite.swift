#if canImport(Glibc)
import Glibc
#endif

/// Every byte of a buffer, straight to a file descriptor (FileHandle and Data cost a command their
/// set-up): short writes and interruptions are resumed. The one write loop of the CLI's output,
/// `guide mcp`'s stdout and the sync mirror's files.
public enum DescriptorWrite {
    /// Nil when every byte was written, else the `errno` of the write that failed.
    @discardableResult
    public static func all(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) -> Int32? {
        guard var next = bytes.baseAddress else { return nil }
        var left = bytes.count
        while left > 0 {
            let written = write(descriptor, next, left)
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return written < 0 ? errno : EIO }
            next += written
            left -= written
        }
        return nil
    }
}
