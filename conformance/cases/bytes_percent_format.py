# printf-style formatting of bytes, as protocol code builds its messages:
# %s/%b take bytes-like objects, %r/%a give ASCII reprs, %c one byte.
import asyncio


class Frame:
    def __bytes__(self):
        return b"<frame>"


async def send(writer_log, kind, payload):
    await asyncio.sleep(0.01)
    writer_log.append(b"%s %d %b\r\n" % (kind, len(payload), payload))


async def main():
    log = []
    await asyncio.gather(send(log, b"PUT", b"abc"), send(log, b"GET", bytearray(b"xy")))
    print(log)
    print(b"%5s|%-5b|%.2s|%c%c|%x|%05.1f|%%" % (b"ab", b"cd", b"efg", 104, b"i", 255, 3.14159))
    print(b"%r %a" % ("caf\xe9", b"raw"), b"%(host)s:%(port)d" % {b"host": b"local", b"port": 80})
    print(bytearray(b"n=%d") % 7, b"%s" % Frame(), b"\xff%s" % b"\xfe", b"%i%u" % (True, 2.9))
    for bad in [lambda: b"%s" % "text", lambda: b"%c" % 300, lambda: b"%c" % b"ab",
                lambda: b"%d" % (1, 2), lambda: b"%d %d" % (1,), lambda: b"%q" % 1, lambda: b"%(k)s" % (1,)]:
        try:
            bad()
        except (TypeError, ValueError, OverflowError) as e:
            print(type(e).__name__, e)


asyncio.run(main())
