#if canImport(Glibc)
import Glibc
#endif

/// Hands memory that was freed back to the system.
///
/// glibc keeps a thread's freed blocks in that thread's own arena, where no other thread reuses
/// them; after a parallel pass over a large corpus that is megabytes the process still holds.
/// Called between the big passes, it keeps the peak resident size near what is in use.
enum FreedMemory {
    /// glibc's `malloc_trim`, looked up once (its header is not in Swift's Glibc module); nil
    /// where the C library has none.
    private static let mallocTrim: (@convention(c) (Int) -> Int32)? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(nil, "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: (@convention(c) (Int) -> Int32).self)
        #else
        return nil
        #endif
    }()

    /// Returns the free pages of every malloc arena to the system (a no-op where malloc cannot).
    static func release() {
        _ = mallocTrim?(0)
    }
}
