# bytes/bytearray methods that mirror str's, and hex/fromhex.
b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b"xxhixx".strip(b"x"), b.upper(), b.lower(), b.swapcase())
print(b"hello world".title(), b"hELLO".capitalize(), b.split(), b"a,b,,c".split(b","), b"a,b,c".split(b",", 1))
print(b"a b  c ".rsplit(None, 1), b"a,b,c".rsplit(b",", 1), b"one\ntwo\r\nthree".splitlines(), b"x\ny\n".splitlines(True))
print(b"-".join([b"a", b"b", b"c"]), b"".join([]), b", ".join([b"x", bytearray(b"y")]))
print(b"banana".find(b"na"), b"banana".rfind(b"na"), b"banana".find(b"x"), b"banana".find(110), b"banana".count(b"a"))
print(b"banana".index(b"n"), b"banana".rindex(b"n"), b"banana".count(b"an", 2), b"banana".find(b"a", 2, 4))
print(b"banana".replace(b"a", b"o"), b"banana".replace(b"a", b"o", 2), b"abc".replace(b"", b"-"))
print(b"hello".startswith(b"he"), b"hello".endswith((b"x", b"lo")), b"hello".startswith(b"l", 2))
print(b"key=value=x".partition(b"="), b"key=value=x".rpartition(b"="), b"none".partition(b"="))
print(b"123".isdigit(), b"abc".isalpha(), b"ab1".isalnum(), b" \t".isspace(), b"abc".islower(), b"ABC".isupper(), b"".isdigit())
print(b"prefix-body".removeprefix(b"prefix-"), b"body.txt".removesuffix(b".txt"), b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(4, b"0"), b"-42".zfill(6))
print(b"\xde\xad\xbe\xef".hex(), b"\x01\x02\x03".hex(":"), b"\x01\x02\x03\x04\x05".hex(" ", 2), b"\x01\x02\x03".hex("-", -2))
print(bytes.fromhex("de ad be ef"), bytearray.fromhex("0a0b"), b"".fromhex("41"))
for bad in [lambda: b"abc".index(b"z"), lambda: b"a".split(b""), lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("abc"),
            lambda: b",".join([b"a", "b"]), lambda: b"a".strip("a"), lambda: b"a".startswith("a"), lambda: b"a".find("a")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
