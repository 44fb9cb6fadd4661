// `inspect`, part 4: where objects come from and their text — getfile,
// getsourcefile, getmodule, findsource, getsourcelines, getsource,
// getcomments, getdoc, cleandoc, indentsize — as CPython 3.11's inspect.py
// does them. The lines come from the engine (`_loopscope.source_lines`, the
// program's own file; no other file can be read in the sandbox). CPython
// finds a block's end with `tokenize`; `_tokens` here is a small tokenizer
// giving the tokens its BlockFinder looks at (names, `@`, NEWLINE, NL,
// COMMENT, INDENT, DEDENT) with their positions.

extension StdlibSources {
    static let inspectSourceCode = #"""
def indentsize(line):
    expline = line.expandtabs()
    return len(expline) - len(expline.lstrip())


def _findclass(func):
    cls = _loopscope.module(func.__module__)
    if cls is None:
        return None
    for name in func.__qualname__.split('.')[:-1]:
        cls = getattr(cls, name)
    if not isclass(cls):
        return None
    return cls


def _finddoc(obj):
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object:
                doc = getattr(base, '__doc__', None)
                if doc is not None:
                    return doc
        return None
    if ismethod(obj):
        name = obj.__func__.__name__
        self = obj.__self__
        if isclass(self) and getattr(getattr(self, name, None), '__func__', None) is obj.__func__:
            cls = self
        else:
            cls = self.__class__
    elif isfunction(obj):
        name = obj.__name__
        cls = _findclass(obj)
        if cls is None or getattr(cls, name) is not obj:
            return None
    elif isinstance(obj, property):
        func = obj.fget
        name = func.__name__
        cls = _findclass(func)
        if cls is None or getattr(cls, name) is not obj:
            return None
    else:
        return None
    for base in cls.__mro__:
        try:
            doc = getattr(base, name).__doc__
        except AttributeError:
            continue
        if doc is not None:
            return doc
    return None


def getdoc(object):
    try:
        doc = object.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _finddoc(object)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = sys.maxsize
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            margin = min(margin, len(line) - content)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin < sys.maxsize:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getfile(object):
    if ismodule(object):
        if getattr(object, '__file__', None):
            return object.__file__
        raise TypeError('{!r} is a built-in module'.format(object))
    if isclass(object):
        if hasattr(object, '__module__'):
            module = _loopscope.module(object.__module__)
            if getattr(module, '__file__', None):
                return module.__file__
            if object.__module__ == '__main__':
                raise OSError('source code not available')
        raise TypeError('{!r} is a built-in class'.format(object))
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        return object.co_filename
    raise TypeError('module, class, method, function, traceback, frame, or '
                    'code object was expected, got {}'.format(type(object).__name__))


def getmodulename(path):
    fname = path.rpartition('/')[2]
    for suffix in ('.py', '.pyc'):
        if fname.endswith(suffix):
            return fname[:-len(suffix)]
    return None


def getsourcefile(object):
    filename = getfile(object)
    if filename.endswith('.pyc'):
        filename = filename[:-1]
    if _loopscope.has_source(filename):
        return filename
    return None


def getabsfile(object, _filename=None):
    import os
    if _filename is None:
        _filename = getsourcefile(object) or getfile(object)
    return os.path.normcase(os.path.abspath(_filename))


def getmodule(object, _filename=None):
    if ismodule(object):
        return object
    if hasattr(object, '__module__'):
        return _loopscope.module(object.__module__)
    if not hasattr(object, '__name__'):
        return None
    try:
        file = getfile(object)
    except (TypeError, OSError):
        file = None
    main = _loopscope.module('__main__')
    if file is not None and file == getattr(main, '__file__', None):
        return main
    if getattr(main, object.__name__, None) is object:
        return main
    builtin = _loopscope.module('builtins')
    if builtin is not None and getattr(builtin, object.__name__, None) is object:
        return builtin
    return None


def _class_start(lines, qualname):
    # The line (0-based) where the class `qualname` starts, its decorators
    # included: CPython walks the ast; a class statement is a logical line
    # starting with `class NAME`, and its nesting comes from indentation.
    stack = []
    decorator = None
    for tok in _logical_lines(lines):
        row, indent, text = tok
        while stack and stack[-1][0] >= indent:
            stack.pop()
        word = text.split(None, 2)
        if text.startswith('@'):
            if decorator is None:
                decorator = row
            continue
        head = word[0] if word else ''
        if head == 'async' and len(word) > 1 and word[1].startswith('def'):
            head = 'def'
        if head in ('class', 'def'):
            rest = text[len(word[0]):].lstrip()
            if word[0] == 'async':
                rest = rest[3:].lstrip()
            name = ''
            for ch in rest:
                if not (ch.isalnum() or ch == '_'):
                    break
                name += ch
            path = [entry[1] for entry in stack] + [name]
            if head == 'class' and '.'.join(path) == qualname:
                return decorator if decorator is not None else row
            stack.append((indent, name if head == 'class' else name + '.<locals>'))
        decorator = None
    return None


def findsource(object):
    file = getsourcefile(object)
    if not file:
        file = getfile(object)
        raise OSError('source code not available' if not (file.startswith('<') and file.endswith('>'))
                      else 'could not get source code')
    lines = _loopscope.source_lines(file)
    if not lines:
        raise OSError('could not get source code')
    if ismodule(object):
        return lines, 0
    if isclass(object):
        start = _class_start(lines, object.__qualname__)
        if start is None:
            raise OSError('could not find class definition')
        return lines, start
    if ismethod(object):
        object = object.__func__
    if isfunction(object):
        object = object.__code__
    if istraceback(object):
        object = object.tb_frame
    if isframe(object):
        object = object.f_code
    if iscode(object):
        import re
        lnum = object.co_firstlineno - 1
        pat = re.compile(r'^(\s*def\s)|(\s*async\s+def\s)|(.*(?<!\w)lambda(:|\s))|^(\s*@)')
        while lnum > 0:
            if lnum >= len(lines):
                raise OSError('lineno is out of bounds')
            if pat.match(lines[lnum]):
                break
            lnum = lnum - 1
        # The decorators above the def belong to it (CPython's first line
        # of a decorated function is its first decorator).
        if not lines[lnum].lstrip().startswith('@'):
            indent = indentsize(lines[lnum])
            while lnum > 0 and lines[lnum - 1].lstrip().startswith('@') and \
                    indentsize(lines[lnum - 1]) == indent:
                lnum -= 1
        return lines, lnum
    raise OSError('could not find code object')


def getcomments(object):
    try:
        lines, lnum = findsource(object)
    except (OSError, TypeError):
        return None
    if ismodule(object):
        start = 0
        if lines and lines[0][:2] == '#!':
            start = 1
        while start < len(lines) and lines[start].strip() in ('', '#'):
            start = start + 1
        if start < len(lines) and lines[start][:1] == '#':
            comments = []
            end = start
            while end < len(lines) and lines[end][:1] == '#':
                comments.append(lines[end].expandtabs())
                end = end + 1
            return ''.join(comments)
    elif lnum > 0:
        indent = indentsize(lines[lnum])
        end = lnum - 1
        if end >= 0 and lines[end].lstrip()[:1] == '#' and indentsize(lines[end]) == indent:
            comments = [lines[end].expandtabs().lstrip()]
            if end > 0:
                end = end - 1
                comment = lines[end].expandtabs().lstrip()
                while comment[:1] == '#' and indentsize(lines[end]) == indent:
                    comments[:0] = [comment]
                    end = end - 1
                    if end < 0:
                        break
                    comment = lines[end].expandtabs().lstrip()
            while comments and comments[0].strip() == '#':
                comments[:1] = []
            while comments and comments[-1].strip() == '#':
                comments[-1:] = []
            return ''.join(comments)
    return None


# Token kinds of _tokens (the subset of tokenize's BlockFinder reads).
_NAME, _OP, _NEWLINE, _NL, _COMMENT, _INDENT, _DEDENT, _OTHER = range(8)
_STRING_PREFIX = frozenset('rRbBuUfF')


def _tokens(lines):
    # Yields (kind, text, (row, col), (end row, end col)), rows from 1.
    # Raises IndentationError on a dedent to no enclosing level, as tokenize.
    indents = [0]
    depth = 0            # open brackets
    string_end = None    # the closing quotes of a triple-quoted string in progress
    continued = False    # the previous line ended with a backslash
    for row, line in enumerate(lines, 1):
        n = len(line)
        pos = 0
        if string_end is None and depth == 0 and not continued:
            col = 0
            while pos < n and line[pos] in ' \t\f':
                col = (col // 8 + 1) * 8 if line[pos] == '\t' else col + 1
                pos += 1
            if pos == n or line[pos] in '#\r\n':
                if pos < n and line[pos] == '#':
                    yield (_COMMENT, line[pos:].rstrip('\r\n'), (row, pos), (row, len(line.rstrip('\r\n'))))
                yield (_NL, '\n', (row, len(line.rstrip('\r\n'))), (row, len(line.rstrip('\r\n')) + 1))
                continue
            if col > indents[-1]:
                indents.append(col)
                yield (_INDENT, line[:pos], (row, 0), (row, pos))
            while col < indents[-1]:
                indents.pop()
                if col > indents[-1]:
                    raise IndentationError('unindent does not match any outer indentation level')
                yield (_DEDENT, '', (row, pos), (row, pos))
        continued = False
        while pos < n:
            if string_end is not None:
                close = line.find(string_end, pos)
                while close > 0 and line[close - 1] == '\\' and not _escaped_backslash(line, close - 1):
                    close = line.find(string_end, close + 1)
                if close < 0:
                    pos = n
                    break
                pos = close + len(string_end)
                string_end = None
                continue
            ch = line[pos]
            if ch in ' \t\f':
                pos += 1
            elif ch == '#':
                yield (_COMMENT, line[pos:].rstrip('\r\n'), (row, pos), (row, len(line.rstrip('\r\n'))))
                pos = n
            elif ch in '\r\n':
                if depth == 0:
                    yield (_NEWLINE, '\n', (row, pos), (row, pos + 1))
                else:
                    yield (_NL, '\n', (row, pos), (row, pos + 1))
                pos = n
            elif ch == '\\':
                continued = True
                pos = n
            elif ch in '\'"' or (ch in _STRING_PREFIX and _string_starts(line, pos)):
                while line[pos] in _STRING_PREFIX:
                    pos += 1
                quote = line[pos:pos + 3] if line[pos:pos + 3] in ('"""', "'''") else line[pos]
                pos += len(quote)
                if len(quote) == 3:
                    string_end = quote
                    continue
                while pos < n and line[pos] != quote:
                    pos += 2 if line[pos] == '\\' else 1
                pos += 1
                yield (_OTHER, 'string', (row, pos), (row, pos))
            elif ch.isalpha() or ch == '_' or ord(ch) > 127:
                start = pos
                while pos < n and (line[pos].isalnum() or line[pos] == '_' or ord(line[pos]) > 127):
                    pos += 1
                yield (_NAME, line[start:pos], (row, start), (row, pos))
            else:
                if ch in '([{':
                    depth += 1
                elif ch in ')]}':
                    depth = max(0, depth - 1)
                yield (_OP, ch, (row, pos), (row, pos + 1))
                pos += 1
        if pos >= n and not line.endswith('\n') and string_end is None and depth == 0 and not continued:
            yield (_NEWLINE, '', (row, n), (row, n + 1))
    for _ in indents[1:]:
        yield (_DEDENT, '', (len(lines) + 1, 0), (len(lines) + 1, 0))


def _escaped_backslash(line, i):
    count = 0
    while i >= 0 and line[i] == '\\':
        count += 1
        i -= 1
    return count % 2 == 0


def _string_starts(line, pos):
    end = pos
    while end < len(line) and line[end] in _STRING_PREFIX and end - pos < 2:
        end += 1
    return end < len(line) and line[end] in '\'"'


def _logical_lines(lines):
    # (0-based row where it starts, its indentation, its text from there) of
    # each logical line.
    start = None
    try:
        for kind, text, (row, col), _ in _tokens(lines):
            if kind in (_NAME, _OP, _OTHER) and start is None:
                start = (row - 1, indentsize(lines[row - 1]), lines[row - 1].lstrip())
            elif kind == _NEWLINE and start is not None:
                yield start
                start = None
    except IndentationError:
        return


class EndOfBlock(Exception):
    pass


class BlockFinder:
    """Provide a tokeneater() method to detect the end of a code block."""

    def __init__(self):
        self.indent = 0
        self.islambda = False
        self.started = False
        self.passline = False
        self.indecorator = False
        self.last = 1
        self.body_col0 = None

    def tokeneater(self, type, token, srowcol, erowcol, line):
        if not self.started and not self.indecorator:
            if token == "@":
                self.indecorator = True
            elif token in ("def", "class", "lambda"):
                if token == "lambda":
                    self.islambda = True
                self.started = True
            self.passline = True
        elif type == _NEWLINE:
            self.passline = False
            self.last = srowcol[0]
            if self.islambda:
                raise EndOfBlock
            if self.indecorator:
                self.indecorator = False
        elif self.passline:
            pass
        elif type == _INDENT:
            if self.body_col0 is None and self.started:
                self.body_col0 = erowcol[1]
            self.indent = self.indent + 1
            self.passline = True
        elif type == _DEDENT:
            self.indent = self.indent - 1
            if self.indent <= 0:
                raise EndOfBlock
        elif type == _COMMENT:
            if self.body_col0 is not None and srowcol[1] >= self.body_col0:
                self.last = srowcol[0]
        elif self.indent == 0 and type not in (_COMMENT, _NL):
            raise EndOfBlock


def getblock(lines):
    finder = BlockFinder()
    try:
        for kind, text, start, end in _tokens(lines):
            finder.tokeneater(kind, text, start, end, None)
    except (EndOfBlock, IndentationError):
        pass
    return lines[:finder.last]


def getsourcelines(object):
    object = unwrap(object)
    lines, lnum = findsource(object)
    if istraceback(object):
        object = object.tb_frame
    if ismodule(object) or (isframe(object) and object.f_code.co_name == "<module>"):
        return lines, 0
    return getblock(lines[lnum:]), lnum + 1


def getsource(object):
    lines, lnum = getsourcelines(object)
    return ''.join(lines)
"""#
}
