# str.encode / bytes.decode: utf-8, ascii, latin-1, error handlers, wording.
text = "Grüße, 世界 €"
utf = text.encode()
print(utf, len(utf), utf.decode(), utf.decode("utf-8") == text, text.encode("UTF8") == utf)
print("café".encode("latin-1"), b"caf\xe9".decode("latin-1"), "plain".encode("ascii"), b"plain".decode("us-ascii"))
print("naïve €".encode("ascii", "ignore"), "naïve €".encode("ascii", errors="replace"), "naïve".encode("ascii", "backslashreplace"), "€".encode("latin-1", "xmlcharrefreplace"))
print(b"ok\xffgo".decode("utf-8", "replace"), b"ok\xffgo".decode("utf-8", "ignore"), b"ok\xffgo".decode("ascii", "backslashreplace"))
print(b"\xe2\x82".decode("utf-8", "replace"), b"\xe2\x82\xac\xe2".decode(errors="replace"), b"\xf0\x9f\x98\x80".decode())
print(str(b"abc", "ascii"), str(b"\xc3\xa9", encoding="utf-8"), str(b"x"))
for bad in [lambda: "é".encode("ascii"), lambda: "日本".encode("ascii"), lambda: "€".encode("latin-1"),
            lambda: b"\xff".decode(), lambda: b"ab\xe2\x82".decode(), lambda: b"\xe2\x28\xa1".decode(),
            lambda: b"\xc3\xa9".decode("ascii"), lambda: b"\xed\xa0\x80".decode(), lambda: "x".encode("klingon"),
            lambda: b"x".decode("rot-99"), lambda: "é".encode("ascii", "nonsense"), lambda: str("x", "utf-8"),
            lambda: "x".encode(5)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e, isinstance(e, UnicodeError), isinstance(e, ValueError))
try:
    "é".encode("ascii")
except UnicodeEncodeError:
    print("caught UnicodeEncodeError")
try:
    b"\x80".decode()
except UnicodeDecodeError as e:
    print("caught UnicodeDecodeError:", e)
