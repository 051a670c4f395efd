// Code that runs in a scope whose slots belong to another block (a
// dot-sourced file, `-c` text and the REPL in the global scope) finds its
// variables by name: two dictionary probes per scope walked. This cache
// remembers, per slot of the running block, the box that name found in the
// current scope, so a loop over `$i` probes once. It holds only boxes
// defined in that scope itself, and forgets them all when the scope
// changes or defines or removes a variable (Scope.bindingGeneration).

import ShoalSyntax

final class LocalBoxCache {
    /// Held strongly so that its address cannot be reused by another scope.
    private(set) var scope: Scope?
    private var generation = 0
    private var keys: [String] = []
    private var boxes: [VariableBox?] = []

    /// The remembered box of `reference` (which has a slot) in `scope`.
    @inline(__always)
    func box(for reference: VariableNode, in scope: Scope) -> VariableBox? {
        let slot = reference.slot
        guard self.scope === scope, generation == scope.bindingGeneration, slot < boxes.count,
              let box = boxes[slot], keys[slot] == reference.key else { return nil }
        return box
    }

    /// Remembers that `reference` names `box`, defined in `scope` itself.
    func remember(_ box: VariableBox, for reference: VariableNode, in scope: Scope) {
        let slot = reference.slot
        guard slot >= 0 else { return }
        if self.scope !== scope || generation != scope.bindingGeneration {
            self.scope = scope
            generation = scope.bindingGeneration
            for index in boxes.indices { boxes[index] = nil }
        }
        if slot >= boxes.count {
            keys.append(contentsOf: repeatElement("", count: slot + 1 - boxes.count))
            boxes.append(contentsOf: repeatElement(nil, count: slot + 1 - boxes.count))
        }
        boxes[slot] = box
        keys[slot] = reference.key
    }

    /// Forgets everything (and lets go of the scope).
    func clear() {
        scope = nil
        for index in boxes.indices { boxes[index] = nil }
    }
}
