#if canImport(Glibc)
import Glibc
#endif

/// Runs jobs on their own threads (the first on the calling thread) and waits for all:
/// the register reader parses a large file in chunks, one per core.
public enum Parallel {
    /// A job and its thread's context; each job touches only memory that is its own.
    private final class Job: @unchecked Sendable {
        let work: () -> Void
        init(_ work: @escaping () -> Void) { self.work = work }
    }

    /// The cores to use: `$REGQ_THREADS` when set (1 reads on one thread), else all online.
    static var coreCount: Int {
        if let value = getenv("REGQ_THREADS"), let n = Int(String(cString: value)), n >= 1 { return n }
        return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    }

    /// `0 ..< count` in two halves, one for each of two jobs; one range when `count` is
    /// below `minimum`, too little to be worth a second thread.
    public static func halves(of count: Int, minimum: Int = 0) -> [Range<Int>] {
        count < minimum ? [0 ..< count] : [0 ..< count / 2, count / 2 ..< count]
    }

    public static func run(_ works: [() -> Void]) {
        guard works.count > 1 else {
            works.first?()
            return
        }
        var threads: [pthread_t] = []
        var unstarted: [() -> Void] = []
        for work in works.dropFirst() {
            let context = Unmanaged.passRetained(Job(work)).toOpaque()
            var thread = pthread_t()
            let status = pthread_create(&thread, nil, { raw in
                let job = Unmanaged<Job>.fromOpaque(raw!).takeRetainedValue()
                job.work()
                return nil
            }, context)
            if status == 0 {
                threads.append(thread)
            } else {
                Unmanaged<Job>.fromOpaque(context).release()
                unstarted.append(work)
            }
        }
        works[0]()
        for work in unstarted { work() }
        for thread in threads { pthread_join(thread, nil) }
    }
}
