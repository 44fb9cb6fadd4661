// `json`, first half: JSONDecodeError and the encoder (dumps/dump with
// indent, separators, sort_keys, default, ensure_ascii), in Python. The
// module is this source followed by JsonDecoderSource's.

extension StdlibSources {
    static let jsonEncoder = #"""
__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']


class JSONDecodeError(ValueError):
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        # 1-based line and column of the character at pos.
        line_start = doc.rfind('\n', 0, pos) + 1
        lineno = doc.count('\n', 0, line_start) + 1
        colno = pos - line_start + 1
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg, self.doc, self.pos = msg, doc, pos
        self.lineno, self.colno = lineno, colno


_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}


def _escape(s, ascii_only):
    # Only strings that need it are rebuilt character by character.
    plain = True
    for c in s:
        if c in _ESCAPES or c < ' ' or (ascii_only and c > '~'):
            plain = False
            break
    if plain:
        return '"' + s + '"'
    out = []
    for c in s:
        e = _ESCAPES.get(c)
        if e is not None:
            out.append(e)
        elif c < ' ' or (ascii_only and c > '~'):
            n = ord(c)
            if n > 0xFFFF:
                n -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xD800 | (n >> 10), 0xDC00 | (n & 0x3FF)))
            else:
                out.append('\\u%04x' % n)
        else:
            out.append(c)
    return '"' + ''.join(out) + '"'


class JSONEncoder:
    __module__ = 'json.encoder'
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        options = dict(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                       allow_nan=allow_nan, sort_keys=sort_keys, indent=indent)
        for option, value in options.items():
            setattr(self, option, value)
        # The class-level separators stay unless overridden; with an indent the
        # item separator loses its trailing space (line breaks follow it).
        if separators is None and indent is not None:
            self.item_separator = ','
        elif separators is not None:
            self.item_separator, self.key_separator = separators
        if default is not None:
            self.default = default   # an instance attribute shadowing the method

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            return _escape(o, self.ensure_ascii)
        return ''.join(self.iterencode(o))

    def iterencode(self, o, _one_shot=False):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        out = []
        _Writer(self, indent, out).value(o, 0)
        return iter(out)


class _Writer:
    def __init__(self, enc, indent, out):
        self.enc = enc
        self.indent = indent
        self.out = out
        self.markers = {} if enc.check_circular else None

    def float_text(self, o):
        if o != o:
            text = 'NaN'
        elif o == float('inf'):
            text = 'Infinity'
        elif o == -float('inf'):
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.enc.allow_nan:
            raise ValueError('Out of range float values are not JSON compliant')
        return text

    def value(self, o, level):
        out = self.out
        if isinstance(o, str):
            out.append(_escape(o, self.enc.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self.float_text(o))
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            self.enter(o)
            self.value(self.enc.default(o), level)
            self.leave(o)

    def enter(self, o):
        if self.markers is not None:
            if id(o) in self.markers:
                raise ValueError('Circular reference detected')
            self.markers[id(o)] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def newline(self, level):
        if self.indent is None:
            return None
        return '\n' + self.indent * level

    def array(self, o, level):
        if not o:
            self.out.append('[]')
            return
        self.enter(o)
        nl = self.newline(level + 1)
        sep = self.enc.item_separator
        if nl is None:
            self.out.append('[')
        else:
            self.out.append('[' + nl)
            sep = sep + nl
        first = True
        for item in o:
            if not first:
                self.out.append(sep)
            first = False
            self.value(item, level + 1)
        end = self.newline(level)
        self.out.append(']' if end is None else end + ']')
        self.leave(o)

    def key_text(self, k):
        if isinstance(k, str):
            return k
        if k is True:
            return 'true'
        if k is False:
            return 'false'
        if k is None:
            return 'null'
        if isinstance(k, int):
            return int.__repr__(k)
        if isinstance(k, float):
            return self.float_text(k)
        if self.enc.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {k.__class__.__name__}')

    def object(self, o, level):
        if not o:
            self.out.append('{}')
            return
        self.enter(o)
        nl = self.newline(level + 1)
        sep = self.enc.item_separator
        if nl is None:
            self.out.append('{')
        else:
            self.out.append('{' + nl)
            sep = sep + nl
        items = sorted(o.items()) if self.enc.sort_keys else o.items()
        first = True
        for k, v in items:
            key = self.key_text(k)
            if key is None:
                continue
            if not first:
                self.out.append(sep)
            first = False
            self.out.append(_escape(key, self.enc.ensure_ascii))
            self.out.append(self.enc.key_separator)
            self.value(v, level + 1)
        end = self.newline(level)
        self.out.append('}' if end is None else end + '}')
        self.leave(o)


_default_encoder = JSONEncoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None and indent is None
            and separators is None and default is None and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
         indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    enc = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
              allow_nan=allow_nan, indent=indent, separators=separators, default=default,
              sort_keys=sort_keys, **kw)
    for chunk in enc.iterencode(obj):
        fp.write(chunk)
"""#
}
