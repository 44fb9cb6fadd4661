// `re` as users see it, written in Python over the native core
// (_loopscope_re.compile / run): Pattern and Match objects, the module
// functions, replacement templates, flags and re.error, with CPython's
// reprs and messages.

extension PreludeSources {
    static let reModule = #"""
import _loopscope_re as _core
import enum as _enum

class RegexFlag(_enum.IntFlag):
    NOFLAG = 0
    TEMPLATE = T = 1
    IGNORECASE = I = 2
    LOCALE = L = 4
    MULTILINE = M = 8
    DOTALL = S = 16
    UNICODE = U = 32
    VERBOSE = X = 64
    DEBUG = 128
    ASCII = A = 256

    def __repr__(self):
        if self._name_ is None:
            return f're.{type(self).__name__}({self._value_})'
        return '|'.join('re.' + part for part in self._name_.split('|'))

    def __str__(self):
        return self.__repr__()

NOFLAG = RegexFlag.NOFLAG
TEMPLATE = T = RegexFlag.TEMPLATE
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
UNICODE = U = RegexFlag.UNICODE
VERBOSE = X = RegexFlag.VERBOSE
DEBUG = RegexFlag.DEBUG
ASCII = A = RegexFlag.ASCII

class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg, self.pattern, self.pos = msg, pattern, pos
        self.lineno = self.colno = None
        text = msg
        if pattern is not None and pos is not None:
            # Where it went wrong: the offset, and for a pattern of several
            # lines also the line and column (both counted from 1).
            self.lineno = pattern.count('\n', 0, pos) + 1
            self.colno = pos - pattern.rfind('\n', 0, pos)
            text = '%s at position %d' % (msg, pos)
            if '\n' in pattern:
                text += ' (line %d, column %d)' % (self.lineno, self.colno)
        Exception.__init__(self, text)

error.__module__ = 're'
PatternError = error

def _int_flags(flags):
    if isinstance(flags, RegexFlag):
        return flags._value_
    if not isinstance(flags, int):
        raise TypeError(f"unsupported operand type(s) for &: '{type(flags).__name__}' and 'RegexFlag'")
    return flags

_cache = {}

class Pattern:
    def __init__(self, pattern, flags):
        if not isinstance(pattern, str):
            raise TypeError(f"first argument must be string or compiled pattern")
        handle, groups, groupindex, final_flags = _core.compile(pattern, flags)
        if handle is None:
            raise error(groups, pattern, groupindex)
        self._handle = handle
        self.pattern = pattern
        self.flags = final_flags if final_flags & 256 else final_flags | 32
        self.groups = groups
        self.groupindex = groupindex

    def __repr__(self):
        flags = self.flags & ~32
        if self.flags & 256:
            flags = self.flags
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        if flags:
            return f're.compile({text}, {RegexFlag(flags)!r})'
        return f're.compile({text})'

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _check(self, string):
        if not isinstance(string, str):
            raise TypeError(f"expected string or bytes-like object, got '{type(string).__name__}'")

    def _run(self, string, pos, endpos, mode, must_advance=False):
        if endpos is None:
            endpos = len(string)
        caps = _core.run(self._handle, string, pos, endpos, mode, must_advance)
        if caps is None:
            return None
        return Match(self, string, caps, pos, endpos)

    def match(self, string, pos=0, endpos=None):
        self._check(string)
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=None):
        self._check(string)
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=None):
        self._check(string)
        return self._run(string, pos, endpos, 2)

    def _scan(self, string, pos=0, endpos=None, limit=0):
        self._check(string)
        if endpos is None or endpos > len(string):
            endpos = len(string)
        return _core.scan(self._handle, string, pos, endpos, limit)

    def finditer(self, string, pos=0, endpos=None):
        if endpos is None or endpos > len(string):
            endpos = len(string)
        return iter([Match(self, string, caps, pos, endpos) for caps in self._scan(string, pos, endpos)])

    def findall(self, string, pos=0, endpos=None):
        out = []
        groups = self.groups
        for caps in self._scan(string, pos, endpos):
            if groups == 0:
                out.append(string[caps[0]:caps[1]])
            elif groups == 1:
                out.append(string[caps[2]:caps[3]] if caps[3] >= 0 else '')
            else:
                out.append(tuple(string[caps[2 * g]:caps[2 * g + 1]] if caps[2 * g + 1] >= 0 else ''
                                 for g in range(1, groups + 1)))
        return out

    def split(self, string, maxsplit=0):
        self._check(string)
        out = []
        last = 0
        n = 0
        for m in self.finditer(string) if maxsplit == 0 else iter([Match(self, string, c, 0, len(string)) for c in self._scan(string, 0, None, maxsplit)]):
            start, end = m.span()
            out.append(string[last:start])
            out.extend(m.groups())
            last = end
            n += 1
        out.append(string[last:])
        return out

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        self._check(string)
        if callable(repl):
            expand = repl
        else:
            parts = _parse_template(repl, self)
            expand = lambda m: _expand(parts, m)
        out = []
        last = 0
        n = 0
        for caps in self._scan(string, 0, None, count):
            m = Match(self, string, caps, 0, len(string))
            start, end = caps[0], caps[1]
            out.append(string[last:start])
            piece = expand(m)
            if piece is not None:
                if not isinstance(piece, str):
                    raise TypeError(f"expected str instance, {type(piece).__name__} found")
                out.append(piece)
            last = end
            n += 1
        out.append(string[last:])
        return ''.join(out), n

    def scanner(self, string, pos=0, endpos=None):
        raise NotImplementedError("loopscope does not support Pattern.scanner()")

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


class Match:
    def __init__(self, pattern, string, caps, pos, endpos):
        self.re = pattern
        self.string = string
        self._caps = caps
        self.pos = pos
        self.endpos = endpos
        self.lastindex = self._lastindex()
        self.lastgroup = None
        if self.lastindex is not None:
            for name, index in pattern.groupindex.items():
                if index == self.lastindex:
                    self.lastgroup = name

    def _lastindex(self):
        # The group that closed last: the one with the greatest end, the outermost on ties.
        caps = self._caps
        best = None
        best_end = -1
        for g in range(1, self.re.groups + 1):
            e = caps[2 * g + 1]
            if e >= 0 and e > best_end:
                best, best_end = g, e
        return best

    def _index(self, g):
        if isinstance(g, int) and not isinstance(g, bool):
            if 0 <= g <= self.re.groups:
                return g
        elif isinstance(g, str):
            if g in self.re.groupindex:
                return self.re.groupindex[g]
        raise IndexError("no such group")

    def _group(self, g, default=None):
        i = self._index(g)
        s, e = self._caps[2 * i], self._caps[2 * i + 1]
        if s < 0 or e < 0:
            return default
        return self.string[s:e]

    def group(self, *groups):
        if not groups:
            return self._group(0)
        if len(groups) == 1:
            return self._group(groups[0])
        return tuple(self._group(g) for g in groups)

    def __getitem__(self, g):
        return self._group(g)

    def groups(self, default=None):
        return tuple(self._group(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._group(index, default) for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        return self._caps[2 * self._index(group)]

    def end(self, group=0):
        return self._caps[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._caps[2 * i], self._caps[2 * i + 1])

    @property
    def regs(self):
        return tuple(self.span(g) for g in range(self.re.groups + 1))

    def expand(self, template):
        return _expand(_parse_template(template, self.re), self)

    def __bool__(self):
        return True

    def __repr__(self):
        return f"<re.Match object; span={self.span()!r}, match={repr(self.group())[:50]}>"

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __class_getitem__(cls, item):
        return cls


_escapes = {'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a', 'b': '\b', '\\': '\\'}

def _parse_template(template, pattern):
    if not isinstance(template, str):
        raise TypeError(f"expected str instance, {type(template).__name__} found")
    parts = []
    literal = []
    i = 0
    n = len(template)
    while i < n:
        c = template[i]
        if c != '\\':
            literal.append(c)
            i += 1
            continue
        start = i
        i += 1
        if i >= n:
            raise error('bad escape (end of pattern)', template, start)
        c = template[i]
        i += 1
        if c == 'g':
            if i >= n or template[i] != '<':
                raise error('missing <', template, i)
            close = template.find('>', i + 1)
            if close < 0:
                raise error('missing >, unterminated name', template, i + 1)
            name = template[i + 1:close]
            if not name:
                raise error('missing group name', template, i + 1)
            if name.isdigit():
                index = int(name)
                if index > pattern.groups:
                    raise error('invalid group reference %d' % index, template, i + 1)
            elif name.isidentifier():
                if name not in pattern.groupindex:
                    raise IndexError("unknown group name '%s'" % name)
                index = pattern.groupindex[name]
            else:
                raise error("bad character in group name '%s'" % name, template, i + 1)
            i = close + 1
            parts.append(''.join(literal))
            literal = []
            parts.append(index)
        elif c.isdigit() and c != '0':
            digits = c
            if i < n and template[i].isdigit():
                digits += template[i]
                i += 1
            index = int(digits)
            if index > pattern.groups:
                raise error('invalid group reference %d' % index, template, start + 1)
            parts.append(''.join(literal))
            literal = []
            parts.append(index)
        elif c == '0':
            value = 0
            k = 0
            while k < 2 and i < n and template[i] in '01234567':
                value = value * 8 + int(template[i])
                i += 1
                k += 1
            literal.append(chr(value))
        elif c in _escapes:
            literal.append(_escapes[c])
        elif c.isascii() and c.isalpha():
            raise error('bad escape \\%s' % c, template, start)
        else:
            literal.append('\\' + c)
    parts.append(''.join(literal))
    return parts

def _expand(parts, m):
    out = []
    for p in parts:
        if isinstance(p, int):
            out.append(m.group(p) or '')
        else:
            out.append(p)
    return ''.join(out)


def _cached_pattern(pattern, flags):
    # Every module-level function goes through here: a compiled Pattern is
    # used as is, anything else is compiled once per (type, text, flags).
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    flags = _int_flags(flags)
    key = (type(pattern), pattern, flags)
    found = _cache.get(key)
    if found is None:
        found = Pattern(pattern, flags)
        # Like CPython, forget everything when the cache is full.
        if len(_cache) >= 512:
            _cache.clear()
        _cache[key] = found
    return found

def compile(pattern, flags=0):
    return _cached_pattern(pattern, flags)

def match(pattern, string, flags=0):
    return _cached_pattern(pattern, flags).match(string)

def fullmatch(pattern, string, flags=0):
    return _cached_pattern(pattern, flags).fullmatch(string)

def search(pattern, string, flags=0):
    return _cached_pattern(pattern, flags).search(string)

def findall(pattern, string, flags=0):
    return _cached_pattern(pattern, flags).findall(string)

def finditer(pattern, string, flags=0):
    return _cached_pattern(pattern, flags).finditer(string)

def sub(pattern, repl, string, count=0, flags=0):
    return _cached_pattern(pattern, flags).sub(repl, string, count)

def subn(pattern, repl, string, count=0, flags=0):
    return _cached_pattern(pattern, flags).subn(repl, string, count)

def split(pattern, string, maxsplit=0, flags=0):
    return _cached_pattern(pattern, flags).split(string, maxsplit)

def purge():
    _cache.clear()

_special_chars = {c: '\\' + c for c in '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'}

def escape(pattern):
    if isinstance(pattern, str):
        return ''.join(_special_chars.get(c, c) for c in pattern)
    raise TypeError("escape() argument must be str")

def template(pattern, flags=0):
    return _cached_pattern(pattern, flags | 1)

__all__ = ["match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile",
           "purge", "template", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
           "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag"]
"""#
}
