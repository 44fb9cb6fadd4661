# bytearray: a mutable bytes, plus int.to_bytes / int.from_bytes.
buf = bytearray(b"hello")
print(buf, len(buf), buf[0], buf[1:3], type(buf[1:3]).__name__)
buf[0] = 74
buf.append(33)
buf.extend(b"??")
buf.extend([65, 66])
print(buf)
buf[1:3] = b"EE"
buf[-2:] = b""
print(buf, buf.pop(), buf.pop(0), buf)
buf.insert(0, 72)
buf.remove(33)
del buf[0]
del buf[::2]
print(buf)
buf += b"+more"
buf *= 2
print(buf, buf == b"Eol+moreEol+more", bytes(buf), buf.decode())
c = buf.copy()
c.reverse()
print(c.upper(), buf.find(b"more"), buf.replace(b"more", b"less"), buf.split(b"+"))
c.clear()
print(c, bytearray(3), bytearray([1, 2]), bytearray("ü", "utf-8"), bytearray())
for bad in [lambda: buf.append(256), lambda: bytearray().pop(), lambda: buf.remove(0), lambda: hash(buf),
            lambda: buf.__setitem__(0, b"x"), lambda: buf.__setitem__(slice(0, 2), 5), lambda: buf.extend(5),
            lambda: buf["a"], lambda: bytearray(b"a")[3]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (255).to_bytes(), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x00\x04", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print(int.from_bytes([1, 0]), int.from_bytes(b""), (2**70).to_bytes(9, "big"), int.from_bytes((2**70).to_bytes(9, "big"), "big") == 2**70)
for bad in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle"),
            lambda: (128).to_bytes(1, "big", signed=True), lambda: (1).to_bytes(-1, "big")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)

match b"GET /":
    case b"GET " as line:
        print("exact", line)
    case bytes(raw) if raw.startswith(b"GET"):
        print("request", raw)
match bytearray(b"ab"):
    case [97, 98]:
        print("bytearray is a sequence?")
    case bytearray():
        print("bytearray matches itself, not as a sequence")
