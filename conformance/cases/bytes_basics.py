# bytes: literals, escapes, reprs, indexing, slicing, iteration, operators, hashing.
data = b"hello"
print(data, type(data).__name__, len(data))
print(b'\x00\x01\xff', b"it's", b'say "hi"', b'both \' and "', b"\t\n\r\\", rb"\x41\n")
print(b"abc" b'def', b"\101\102\x43", b"\q", b"line\
continued")
print(repr(b""), str(b"x"), f"{b'y'}", f"{b'z'!r}")
print(data[0], data[-1], data[1:3], data[::-1], data[::2], data[10:])
print(list(data), [c for c in b"AZ"], tuple(b"\x01\x02"))
print(b"ell" in data, 104 in data, 120 in data, b"" in data)
print(data + b" world", b"ab" * 3, 2 * b"-", b"x" * 0)
print(data == b"hello", data != b"hello", data == "hello", b"a" < b"b", b"ab" < b"abc", b"b" > b"abc")
print(sorted([b"pear", b"apple", b"fig"]), max(b"zebra"), min(b"zebra"))
print(hash(b"abc") == hash(b"abc"), len({b"a", b"a", b"b"}), {b"key": 1}[b"key"])
print(bool(b""), bool(b"\x00"), b"" or b"default")
print(bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(97, 100)), bytes(b"copy"), bytes((1, 2)))
print(bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"), bytes(bytearray(b"ba")))
print(isinstance(data, bytes), isinstance(data, str), issubclass(bytes, object))
for bad in [lambda: b"a" + "b", lambda: "a" + b"b", lambda: data[10], lambda: data["x"],
            lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes("abc"), lambda: bytes(-1),
            lambda: b"a" * "b", lambda: "x" in data, lambda: b"a" < "b", lambda: bytes(1.5),
            lambda: bytes(["a"]), lambda: bytes(3, "utf-8")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
x = b"abc"
y = x
x += b"def"
print(x, y)
