# json.loads/load: values, hooks, and JSONDecodeError's messages and positions for broken documents.
import json


class Source:
    def read(self):
        return '{"from": "a file-like object"}'


print(json.loads('{"a": [1, 2.5, -3e2, "x\\n\\u00e9\\ud83d\\ude00"], "b": null, "c": true, "d": false}'))
print(json.loads(' [ ] '), json.loads('{}'), json.loads('"s"'), json.loads('12345678901234567890'))
print(json.loads('[NaN, Infinity, -Infinity, -0, -0.0, 1E3]'))
print(json.loads('{"a": 1, "a": 2}'))
print(json.loads('{"a": 1.5, "b": [2]}', parse_float=str, object_pairs_hook=list))
print(json.loads('{"x": 1}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1, 2]', parse_int=lambda s: int(s) * 10))
print(json.load(Source()))
broken = ['', '   ', 'nope', '[1,]', '[1 2]', '{', '{"a"', '{"a" 1}', '{"a":1,}', "{'a': 1}",
          '"open', '"bad \\x escape"', '"\\u12"', '"tab\tinside"', '{"a": 1}x', '01',
          '{"a": [1, 2,\n  {"b": }]}', '\ufeff[]']
for doc in broken:
    try:
        json.loads(doc)
    except json.JSONDecodeError as e:
        print(f"{doc!r}: {e} | msg={e.msg!r} pos={e.pos} lineno={e.lineno} colno={e.colno}")
print(issubclass(json.JSONDecodeError, ValueError))
try:
    json.loads(42)
except TypeError as e:
    print(e)
json.loads('{"unterminated": [1, 2')
