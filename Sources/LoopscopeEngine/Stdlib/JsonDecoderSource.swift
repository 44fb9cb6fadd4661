// `json`, second half: the decoder (loads/load and the hooks), a
// hand-written scanner reporting errors at the positions and with the
// wording of CPython's C scanner ("Expecting value: line 1 column 1 (char 0)").

extension StdlibSources {
    static let jsonDecoder = #"""
_WS = ' \t\n\r'
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_HEX = '0123456789abcdefABCDEF'
_DIGITS = '0123456789'
_CONSTANTS = {'NaN': float('nan'), 'Infinity': float('inf'), '-Infinity': float('-inf')}


class _NoValue(Exception):
    pass


class JSONDecoder:
    __module__ = 'json.decoder'

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook, self.object_pairs_hook = object_hook, object_pairs_hook
        # Numbers and NaN/Infinity go through these; the built-in way unless given.
        self.parse_float = parse_float if parse_float else float
        self.parse_int = parse_int if parse_int else int
        self.parse_constant = parse_constant if parse_constant else _CONSTANTS.__getitem__
        self.strict = strict

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip(s, 0))
        end = _skip(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return _Parser(self, s).value(idx)
        except _NoValue as e:
            raise JSONDecodeError('Expecting value', s, e.args[0]) from None


def _skip(s, i):
    n = len(s)
    while i < n and s[i] in _WS:
        i += 1
    return i


class _Parser:
    def __init__(self, dec, s):
        self.dec = dec
        self.s = s
        self.n = len(s)

    def fail(self, msg, pos):
        raise JSONDecodeError(msg, self.s, pos)

    def value(self, i):
        s = self.s
        if i >= self.n:
            raise _NoValue(i)
        c = s[i]
        if c == '"':
            return self.string(i + 1)
        if c == '{':
            return self.object(i + 1)
        if c == '[':
            return self.array(i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c == 'N' and s.startswith('NaN', i):
            return self.dec.parse_constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return self.dec.parse_constant('Infinity'), i + 8
        if c == '-' and s.startswith('-Infinity', i):
            return self.dec.parse_constant('-Infinity'), i + 9
        return self.number(i)

    def number(self, start):
        s = self.s
        n = self.n
        i = start
        if i < n and s[i] == '-':
            i += 1
        if i < n and s[i] == '0':
            i += 1
        elif i < n and '1' <= s[i] <= '9':
            i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
        else:
            raise _NoValue(start)
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
            is_float = True
        if i < n and s[i] in 'eE':
            j = i + 1
            if j < n and s[j] in '+-':
                j += 1
            if j < n and s[j] in _DIGITS:
                while j < n and s[j] in _DIGITS:
                    j += 1
                i = j
                is_float = True
        text = s[start:i]
        if is_float:
            return self.dec.parse_float(text), i
        return self.dec.parse_int(text), i

    def string(self, i):
        s = self.s
        n = self.n
        begin = i - 1
        chunks = []
        while True:
            j = i
            while j < n:
                c = s[j]
                if c == '"' or c == '\\' or c < ' ':
                    break
                j += 1
            if j >= n:
                self.fail('Unterminated string starting at', begin)
            if j > i:
                chunks.append(s[i:j])
            c = s[j]
            if c == '"':
                return ''.join(chunks), j + 1
            if c != '\\':
                if self.dec.strict:
                    self.fail('Invalid control character at', j)
                chunks.append(c)
                i = j + 1
                continue
            j += 1
            if j >= n:
                self.fail('Unterminated string starting at', begin)
            esc = s[j]
            if esc != 'u':
                ch = _BACKSLASH.get(esc)
                if ch is None:
                    self.fail('Invalid \\escape', j - 1)
                chunks.append(ch)
                i = j + 1
                continue
            code = self.hex4(j + 1, j)
            i = j + 5
            if 0xD800 <= code <= 0xDBFF and s.startswith('\\u', i):
                low = self.hex4(i + 2, i + 1)
                if 0xDC00 <= low <= 0xDFFF:
                    code = 0x10000 + (((code - 0xD800) << 10) | (low - 0xDC00))
                    i += 6
            chunks.append(chr(code))

    def hex4(self, i, at):
        digits = self.s[i:i + 4]
        if len(digits) != 4 or any(d not in _HEX for d in digits):
            self.fail('Invalid \\uXXXX escape', at)
        return int(digits, 16)

    def object(self, i):
        s = self.s
        pairs = []
        i = _skip(s, i)
        if i < self.n and s[i] == '}':
            return self.finish_object(pairs), i + 1
        while True:
            if i >= self.n or s[i] != '"':
                self.fail('Expecting property name enclosed in double quotes', i)
            key, i = self.string(i + 1)
            i = _skip(s, i)
            if i >= self.n or s[i] != ':':
                self.fail("Expecting ':' delimiter", i)
            i = _skip(s, i + 1)
            try:
                val, i = self.value(i)
            except _NoValue as e:
                self.fail('Expecting value', e.args[0])
            pairs.append((key, val))
            i = _skip(s, i)
            if i < self.n and s[i] == '}':
                return self.finish_object(pairs), i + 1
            if i >= self.n or s[i] != ',':
                self.fail("Expecting ',' delimiter", i)
            i = _skip(s, i + 1)

    def finish_object(self, pairs):
        if self.dec.object_pairs_hook is not None:
            return self.dec.object_pairs_hook(pairs)
        d = dict(pairs)
        if self.dec.object_hook is not None:
            return self.dec.object_hook(d)
        return d

    def array(self, i):
        s = self.s
        items = []
        i = _skip(s, i)
        if i < self.n and s[i] == ']':
            return items, i + 1
        while True:
            try:
                val, i = self.value(i)
            except _NoValue as e:
                self.fail('Expecting value', e.args[0])
            items.append(val)
            i = _skip(s, i)
            if i < self.n and s[i] == ']':
                return items, i + 1
            if i >= self.n or s[i] != ',':
                self.fail("Expecting ',' delimiter", i)
            i = _skip(s, i + 1)


_default_decoder = JSONDecoder()
try:
    _BYTES = (bytes, bytearray)
except NameError:
    _BYTES = ()


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    elif isinstance(s, _BYTES):
        s = s.decode('utf-8')
    else:
        raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
    if (cls is None and object_hook is None and parse_int is None and parse_float is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    # Only the hooks actually given are passed on, so that a custom cls
    # need not accept the others.
    hooks = dict(object_hook=object_hook, object_pairs_hook=object_pairs_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant)
    kw.update({name: hook for name, hook in hooks.items() if hook is not None})
    return (JSONDecoder if cls is None else cls)(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
         object_pairs_hook=None, **kw):
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
"""#
}
