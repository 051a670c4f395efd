// Starting a plain POSIX thread with a chosen stack size. The evaluator
// recurses deeply (nested pipelines and calls), so its threads get a big
// stack; helper threads (feeding a child's standard input) get a small one.

import Glibc

private final class ThreadBody {
    let run: @Sendable () -> Void
    init(_ run: @escaping @Sendable () -> Void) { self.run = run }
}

/// Starts a detached or joinable thread; returns its handle.
@discardableResult
public func startNativeThread(stackSize: Int = 1 << 20, detached: Bool = true, _ body: @escaping @Sendable () -> Void) -> pthread_t? {
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    defer { pthread_attr_destroy(&attributes) }
    pthread_attr_setstacksize(&attributes, stackSize)
    if detached { pthread_attr_setdetachstate(&attributes, Int32(PTHREAD_CREATE_DETACHED)) }
    let box = Unmanaged.passRetained(ThreadBody(body)).toOpaque()
    var thread = pthread_t()
    let result = pthread_create(&thread, &attributes, { pointer in
        let body = Unmanaged<ThreadBody>.fromOpaque(pointer!).takeRetainedValue()
        body.run()
        return nil
    }, box)
    if result != 0 {
        Unmanaged<ThreadBody>.fromOpaque(box).release()
        return nil
    }
    return thread
}
