// `string` (constants, capwords, Template) and `textwrap` (wrap, fill,
// shorten, dedent, indent), written in Python. Template and TextWrapper
// scan text by hand instead of with regular expressions.

extension PreludeSources {
    static let stringModule = #"""
whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace

def capwords(s, sep=None):
    return (sep or ' ').join(map(str.capitalize, s.split(sep)))

def _is_ident_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')

def _is_ident_char(c):
    return _is_ident_start(c) or ('0' <= c <= '9')

class Template:
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _line_col(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            return 1, 1
        return len(lines), len(lines[-1]) + 1 if not lines[-1].endswith('\n') else 1

    def _scan(self, mapping, safe):
        t = self.template
        d = self.delimiter
        out = []
        i = 0
        n = len(t)
        while i < n:
            j = t.find(d, i)
            if j < 0:
                out.append(t[i:])
                break
            out.append(t[i:j])
            k = j + len(d)
            if t.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            if k < n and t[k] == '{':
                end = k + 1
                while end < n and _is_ident_char(t[end]):
                    end += 1
                name = t[k + 1:end]
                if name and _is_ident_start(name[0]) and end < n and t[end] == '}':
                    out.append(self._lookup(mapping, name, safe, t[j:end + 1]))
                    i = end + 1
                    continue
            elif k < n and _is_ident_start(t[k]):
                end = k
                while end < n and _is_ident_char(t[end]):
                    end += 1
                out.append(self._lookup(mapping, t[k:end], safe, t[j:end]))
                i = end
                continue
            if safe:
                out.append(d)
                i = k
                continue
            line, col = self._line_col(j)
            raise ValueError('Invalid placeholder in string: line %d, col %d' % (line, col))
        return ''.join(out)

    def _lookup(self, mapping, name, safe, original):
        if safe:
            try:
                return str(mapping[name])
            except KeyError:
                return original
        return str(mapping[name])

    def substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = {**mapping, **kws}
        return self._scan(mapping, False)

    def safe_substitute(self, mapping=None, /, **kws):
        if mapping is None:
            mapping = kws
        elif kws:
            mapping = {**mapping, **kws}
        return self._scan(mapping, True)

    def get_identifiers(self):
        ids = []
        class Recorder:
            def __getitem__(self, key):
                if key not in ids:
                    ids.append(key)
                return ''
        self._scan(Recorder(), True)
        return ids

    def is_valid(self):
        try:
            self._scan({}, False)
        except KeyError:
            return True
        except ValueError:
            return False
        return True

class Formatter:
    def format(self, format_string, /, *args, **kwargs):
        return format_string.format(*args, **kwargs)

    def vformat(self, format_string, args, kwargs):
        return format_string.format(*args, **kwargs)
"""#

    static let textwrap = #"""
_whitespace = '\t\n\x0b\x0c\r '

class TextWrapper:
    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in '\t\n\x0b\x0c\r':
                text = text.replace(c, ' ')
        return text

    def _split(self, text):
        # Chunks alternate between runs of whitespace and words; words split
        # after hyphens that follow a letter when break_on_hyphens is set.
        chunks = []
        i, n = 0, len(text)
        while i < n:
            j = i
            if text[i] in _whitespace:
                while j < n and text[j] in _whitespace:
                    j += 1
                chunks.append(text[i:j])
            else:
                while j < n and text[j] not in _whitespace:
                    j += 1
                word = text[i:j]
                if self.break_on_hyphens:
                    start = 0
                    for k in range(1, len(word) - 1):
                        if word[k] == '-' and word[k - 1].isalpha() and word[k + 1].isalpha() and k + 1 - start > 1:
                            chunks.append(word[start:k + 1])
                            start = k + 1
                    chunks.append(word[start:])
                else:
                    chunks.append(word)
            i = j
        return chunks

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            c = chunks[i]
            if chunks[i + 1] == " " and len(c) > 1 and c[-1] in '.!?' and c[-2].islower():
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]
            while chunks:
                l = len(chunks[-1])
                if cur_len + l <= width:
                    cur_line.append(chunks.pop())
                    cur_len += l
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines or
                        (not chunks or self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
                        and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def wrap(self, text):
        chunks = self._split(self._munge_whitespace(text))
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))

def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)

def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)

def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))

def _indent_of(line):
    i = 0
    while i < len(line) and line[i] in ' \t':
        i += 1
    return line[:i]

def dedent(text):
    lines = text.split('\n')
    margin = None
    for line in lines:
        if not line.strip(' \t'):
            continue
        indent = _indent_of(line)
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            k = 0
            while k < len(margin) and k < len(indent) and margin[k] == indent[k]:
                k += 1
            margin = margin[:k]
    out = []
    for line in lines:
        if not line.strip(' \t'):
            out.append('')
        elif margin:
            out.append(line[len(margin):])
        else:
            out.append(line)
    return '\n'.join(out)

def indent(text, prefix, predicate=None):
    if predicate is None:
        def predicate(line):
            return line.strip()
    return ''.join(prefix + line if predicate(line) else line for line in text.splitlines(True))
"""#
}
