import Foundation
import Testing

/// How a program ends, seen from the shell, and how its bytes are read.
@Suite(.enabled(if: CLI.available, "needs the built loopscope binary"))
struct ProgramEndTests {
    /// CPython dies of SIGINT for an uncaught KeyboardInterrupt: status 130.
    @Test func uncaughtKeyboardInterruptExits130() {
        let cli = CLI()
        defer { cli.remove() }
        cli.file("p.py", """
            import asyncio

            async def main():
                await asyncio.sleep(1)
                raise KeyboardInterrupt

            asyncio.run(main())

            """)
        let r = cli.sh(#""$L" run p.py"#)
        #expect(r.status == 130 && !r.signalled)
        #expect(r.stderr.hasSuffix("\nKeyboardInterrupt\n"), "\(r.stderr)")
    }

    /// PEP 263: a Latin-1 cookie on line 1 or 2 decides how the bytes read.
    @Test(arguments: ["# -*- coding: latin-1 -*-\n", "#!/usr/bin/env python3\n# vim: set fileencoding=iso-8859-1 :\n"])
    func latin1CookieIsHonoured(_ header: String) throws {
        let cli = CLI()
        defer { cli.remove() }
        var bytes = Array(header.utf8)
        // print('café', len('éé')) with é as the one byte 0xE9.
        bytes += Array("print('caf".utf8) + [0xE9] + Array("', len('".utf8) + [0xE9, 0xE9] + Array("'))\n".utf8)
        try Data(bytes).write(to: URL(fileURLWithPath: cli.path("p.py")))
        let r = cli.sh(#""$L" run p.py"#)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout == "café 2\n")
    }

    @Test func withoutACookieLatin1BytesAreASyntaxError() throws {
        let cli = CLI()
        defer { cli.remove() }
        try Data(Array("print('caf".utf8) + [0xE9] + Array("')\n".utf8)).write(to: URL(fileURLWithPath: cli.path("p.py")))
        let r = cli.sh(#""$L" run p.py"#)
        #expect(r.status == 1)
        #expect(r.stderr.contains("SyntaxError: Non-UTF-8 code starting with '\\xe9'"), "\(r.stderr)")
    }
}
