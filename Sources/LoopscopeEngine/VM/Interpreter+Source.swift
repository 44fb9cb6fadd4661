// Source text → code object: the syntax helper's parser and checks, then the
// compiler. Errors become SyntaxError/IndentationError/TabError instances.

import Foundation

extension Interpreter {
    func compileSource(_ source: String, filename: String, isPrelude: Bool) throws -> CodeObject {
        let module: Module
        do {
            module = try parseModule(source: source, filename: filename)
        } catch {
            throw PyError(makeSyntaxError(error, filename: filename))
        }
        // The compiler recurses over the tree; give it a large stack like the parser.
        final class Job: @unchecked Sendable {
            var result: Result<CodeObject, CompileError>?
            let module: Module
            let filename: String
            let isPrelude: Bool
            init(_ m: Module, _ f: String, _ p: Bool) { module = m; filename = f; isPrelude = p }
        }
        let job = Job(module, filename, isPrelude)
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            do {
                job.result = .success(try Compiler.compile(job.module, filename: job.filename, isPrelude: job.isPrelude))
            } catch let e as CompileError {
                job.result = .failure(e)
            } catch {
                job.result = .failure(CompileError("internal compiler error", SourceLocation(line: 1, column: 1)))
            }
            done.signal()
        }
        thread.stackSize = 64 << 20
        thread.start()
        done.wait()
        switch job.result {
        case .success(let code)?: return code
        case .failure(let e)?:
            let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
            let text = e.line >= 1 && e.line <= lines.count ? String(lines[e.line - 1]) + "\n" : nil
            let info = SyntaxErrorInfo(message: e.message, line: e.line, column: e.column,
                                       endLine: e.end?.line, endColumn: e.end?.column, lineText: text)
            throw PyError(makeSyntaxError(info, filename: filename))
        case nil:
            throw PyError(BuiltinTypes.runtimeError, "internal compiler failure")
        }
    }

    func makeSyntaxError(_ info: SyntaxErrorInfo, filename: String) -> PyException {
        let type: PyType
        switch info.kind {
        case .syntaxError: type = BuiltinTypes.syntaxError
        case .indentationError: type = BuiltinTypes.indentationError
        case .tabError: type = BuiltinTypes.tabError
        }
        let e = PyException(type: type, args: [.str(info.message)])
        e.dict["msg"] = .str(info.message)
        e.dict["filename"] = .str(filename)
        e.dict["lineno"] = .int(info.line)
        e.dict["offset"] = .int(info.column)
        e.dict["end_lineno"] = .int(info.endLine)
        e.dict["end_offset"] = .int(info.endColumn)
        e.dict["text"] = info.lineText.map { Value.str($0) } ?? Value.none
        e.dict["_vm_syntax_info"] = .object(SyntaxInfoBox(info, filename: filename))
        return e
    }
}
