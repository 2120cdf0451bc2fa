/// Compiling `if` statements. The test runs inside the statement's own closure (a
/// comparison is built in, see `Comparison`), and an `if` that heads a block also runs the
/// rest of the block: a function body `if n < 2: return n` / `return ...` is one closure call.
extension Compiler {
    /// `if test: thenBody else: elseBody`, followed in its block by the statements
    /// `rest` compiles (nil when the `if` ends its block). Compiled in source order, so the
    /// first of several compile errors is the one reported.
    func ifStatement(_ test: Expr, _ thenBody: [Stmt], _ elseBody: [Stmt], rest: (() throws -> IfParts.Rest)?) throws -> StmtCode {
        func parts() throws -> IfParts {
            let then = try branch(thenBody)
            let orElse = elseBody.isEmpty ? nil : try branch(elseBody)
            return IfParts(then: then, orElse: orElse, rest: try rest?())
        }
        if case .compare(let left, let comparisons) = test.kind, comparisons.count == 1 {
            return try specialisedStatement(left, comparisons[0].1,
                                            Comparison(interp: interp, op: comparisons[0].0, range: test.range, form: .ifStatement(try parts())))
        }
        let condition = try condition(test)
        return try parts().build(ClosureTest(code: condition))
    }
}

/// A compiled test: an `if`'s condition.
protocol TestReader {
    func holds(_ f: Frame) throws -> Bool
}

/// A test through its compiled closure (`Compiler.condition`).
struct ClosureTest: TestReader {
    let code: (Frame) throws -> Bool
    @inline(__always) func holds(_ f: Frame) throws -> Bool { try code(f) }
}

/// The parts of an `if` statement besides its test.
struct IfParts {
    /// The statements after an `if` in its block, and the `if`'s own place: the statement
    /// records its traceback entry itself, as no block link runs it.
    struct Rest {
        let statements: Compiler.Branch
        let site: Compiler.StatementSite
    }

    let then: Compiler.Branch
    let orElse: Compiler.Branch?
    let rest: Rest?

    /// The statement's code around `test`.
    func build<T: TestReader>(_ test: T) -> StmtCode {
        let then = self.then
        switch (orElse, rest) {
        case (nil, nil):
            return { f in try test.holds(f) ? try then.run(f) : .normal }
        case (let orElse?, nil):
            return { f in try test.holds(f) ? try then.run(f) : try orElse.run(f) }
        case (nil, let rest?):
            let (statements, site) = (rest.statements, rest.site)
            return { f in
                let flow: Flow
                do { flow = try test.holds(f) ? try then.run(f) : .normal } catch let e as PyException {
                    site.record(e, in: f)
                    throw e
                }
                guard case .normal = flow else { return flow }
                return try statements.run(f)
            }
        case (let orElse?, let rest?):
            let (statements, site) = (rest.statements, rest.site)
            return { f in
                let flow: Flow
                do { flow = try test.holds(f) ? try then.run(f) : try orElse.run(f) } catch let e as PyException {
                    site.record(e, in: f)
                    throw e
                }
                guard case .normal = flow else { return flow }
                return try statements.run(f)
            }
        }
    }
}
