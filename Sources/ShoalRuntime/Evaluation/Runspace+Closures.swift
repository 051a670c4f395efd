// `{ ... }.GetNewClosure()`: as in PowerShell, the new block carries copies
// of the variables of the scope it was made in (their values then, not
// later changes) and runs with those as its enclosing scope and as its
// `$script:` scope, under the global scope rather than under whoever calls
// it. As PowerShell's CaptureLocals, read-only and private variables stay.

extension Runspace {
    func closure(of block: ScriptBlock) -> ScriptBlock {
        let captured = Scope(parent: globalScope, layout: nil)
        for (name, box) in scope.localVariables() where !box.isPrivate && !box.isReadOnly {
            captured.defineLocal(name, VariableBox(box.value, typeConstraint: box.typeConstraint))
        }
        let result = ScriptBlock(block.node)
        result.closureScope = captured
        return result
    }
}
