import Foundation

/// Frees deeply nested containers without deep recursion. Releasing the outermost of
/// `l = [l]` repeated 10^6 times (or a long linked list of instances) would free each level
/// inside the previous one's deinit and overflow the stack. Instead a container that is
/// being freed parks its object children in a per-thread list, and the outermost free
/// releases them one at a time: a child freed there parks its own children in turn, so the
/// stack never holds more than one level (CPython's "trashcan"). This does not depend on
/// where the optimizer places the releases.
enum Disposal {
    private final class State {
        var draining = false
        var parked: [Value] = []
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { pointer in
            if let pointer { Unmanaged<State>.fromOpaque(pointer).release() }
        }
        return key
    }()

    private static var state: State {
        if let pointer = pthread_getspecific(key) { return Unmanaged<State>.fromOpaque(pointer).takeUnretainedValue() }
        let state = State()
        pthread_setspecific(key, Unmanaged.passRetained(state).toOpaque())
        return state
    }

    /// Empties `container` (replacing it with `empty`); the objects among
    /// `children(container)` are released by the outermost free on this thread.
    static func dispose<C>(_ container: inout C, empty: C, children: (C) -> [Value]) {
        let s = state
        s.parked += children(container).filter { $0.object != nil }
        container = empty
        guard !s.draining else { return }
        s.draining = true
        while let value = s.parked.popLast() { _ = value }
        s.draining = false
    }

    static func dispose(_ items: inout [Value]) {
        // Ints, floats and strings hold nothing that could nest.
        guard items.contains(where: { $0.object != nil }) else { return }
        dispose(&items, empty: []) { $0 }
    }
}
