// `string` (constants, capwords, Template) and `textwrap` (wrap, fill,
// shorten, dedent, indent), written in Python. Template and TextWrapper
// scan text by hand instead of with regular expressions.

extension PreludeSources {
    static let stringModule = #"""
whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = ''.join(map(chr, range(ord('a'), ord('z') + 1)))
ascii_uppercase = ascii_lowercase.upper()
ascii_letters = ascii_lowercase + ascii_uppercase
digits = ''.join(map(str, range(10)))
hexdigits = digits + ascii_lowercase[:6] + ascii_uppercase[:6]
octdigits = digits[:8]
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

_WRAPPER_OPTIONS = ('width', 'initial_indent', 'subsequent_indent', 'expand_tabs', 'replace_whitespace',
                    'fix_sentence_endings', 'break_long_words', 'drop_whitespace', 'break_on_hyphens',
                    'tabsize', 'max_lines', 'placeholder')

class TextWrapper:
    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
        given = (width, initial_indent, subsequent_indent, expand_tabs, replace_whitespace,
                 fix_sentence_endings, break_long_words, drop_whitespace, break_on_hyphens, tabsize,
                 max_lines, placeholder)
        for option, value in zip(_WRAPPER_OPTIONS, given):
            setattr(self, option, value)

    def _munge_whitespace(self, text):
        # Tabs first (they expand to the next stop), then every whitespace character becomes a space.
        text = text.expandtabs(self.tabsize) if self.expand_tabs else text
        if self.replace_whitespace:
            for c in _whitespace:
                text = text.replace(c, ' ')
        return text

    def _split(self, text):
        # Only break_on_hyphens=True itself (not any true value) splits words
        # at hyphens, as in CPython.
        if self.break_on_hyphens is not True:
            return _whitespace_runs(text)
        chunks = []
        start = 0
        while start < len(text):
            end = _next_chunk_end(text, start)
            chunks.append(text[start:end])
            start = end
        return chunks

    def _fix_sentence_endings(self, chunks):
        # Two spaces after a sentence: a single-space chunk that follows a
        # lowercase letter and . ! or ? (maybe then a quote).
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 1
            i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        # A word that cannot fit on a line of its own is cut where the line
        # ends, or just after its last hyphen before that.
        room = width - cur_len if width >= 1 else 1
        if not self.break_long_words:
            if not cur_line:
                cur_line.append(reversed_chunks.pop())
            return
        word = reversed_chunks[-1]
        cut = room
        if self.break_on_hyphens and len(word) > room:
            dash = word.rfind('-', 0, room)
            if dash > 0 and word[:dash].strip('-'):
                cut = dash + 1
        cur_line.append(word[:cut])
        reversed_chunks[-1] = word[cut:]

    def _take_line(self, pending, room):
        # Greedily move chunks from the pending stack onto one line.
        taken = []
        used = 0
        while pending and used + len(pending[-1]) <= room:
            used += len(pending[-1])
            taken.append(pending.pop())
        if pending and len(pending[-1]) > room:
            self._handle_long_word(pending, taken, used, room)
            used = sum([len(c) for c in taken])
        if self.drop_whitespace and taken and not taken[-1].strip():
            used -= len(taken.pop())
        return taken, used

    def _line_allowed(self, lines, pending, used, room):
        # Under max_lines the last allowed line goes in as is only when the
        # text really ends there (at most whitespace left) and it fits.
        if self.max_lines is None or len(lines) + 1 < self.max_lines:
            return True
        at_end = not pending or self.drop_whitespace and len(pending) == 1 and not pending[0].strip()
        return at_end and used <= room

    def _close_with_placeholder(self, lines, line, used, indent, room):
        mark = self.placeholder
        # Give back chunks from the end until the placeholder fits after a word.
        while line:
            if line[-1].strip() and used + len(mark) <= room:
                lines.append(indent + ''.join(line) + mark)
                return
            used -= len(line.pop())
        # No word left: the placeholder ends the previous line if it fits
        # there, else it is a line of its own.
        if lines:
            previous = lines[-1].rstrip()
            if len(previous) + len(mark) <= self.width:
                lines[-1] = previous + mark
                return
        lines.append(indent + mark.lstrip())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            last_indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(last_indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        pending = chunks[::-1]
        lines = []
        while pending:
            indent = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(indent)
            # Whitespace where a line broke does not start the next line.
            if lines and self.drop_whitespace and not pending[-1].strip():
                pending.pop()
            line, used = self._take_line(pending, room)
            if not line:
                continue
            if not self._line_allowed(lines, pending, used, room):
                self._close_with_placeholder(lines, line, used, indent, room)
                break
            lines.append(indent + ''.join(line))
        return lines

    def fill(self, text):
        return "\n".join(self.wrap(text))

    def wrap(self, text):
        chunks = self._split(self._munge_whitespace(text))
        # Two spaces after a sentence's end, as the option asks, before lines are cut.
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

# How CPython's textwrap cuts text into chunks, written as a scanner: runs of
# whitespace; words, which end at whitespace, after a hyphen between letters
# ("long-running" -> "long-", "running"), or before an em-dash ("--") that
# sits between words; and the em-dash itself.

def _whitespace_runs(text):
    chunks = []
    i = 0
    while i < len(text):
        blank = text[i] in _whitespace
        j = i + 1
        while j < len(text) and (text[j] in _whitespace) == blank:
            j += 1
        chunks.append(text[i:j])
        i = j
    return chunks

def _word_char(c):
    return c.isalnum() or c == '_'

def _letter(c):
    return _word_char(c) and not c.isdecimal()

def _word_or_punct(c):
    return _word_char(c) or c in '!"\'&.,?'

def _letters_at(text, *positions):
    return all(0 <= p < len(text) and _letter(text[p]) for p in positions)

def _em_dash_end(text, i):
    # End of a run of two or more dashes at i that a word character follows, else 0.
    j = i
    while j < len(text) and text[j] == '-':
        j += 1
    return j if j - i >= 2 and j < len(text) and _word_char(text[j]) else 0

def _hyphen_breaks(text, p):
    # The hyphen at p may end a chunk: letters before it ("ab-" or "a-b-")
    # and after it ("cd" or "c-d").
    before = _letters_at(text, p - 2, p - 1) or (_letters_at(text, p - 3, p - 1) and text[p - 2] == '-')
    if not before:
        return False
    if _letters_at(text, p + 1, p + 2):
        return True
    return _letters_at(text, p + 1, p + 3) and text[p + 2] == '-'

def _next_chunk_end(text, i):
    n = len(text)
    if text[i] in _whitespace:
        j = i + 1
        while j < n and text[j] in _whitespace:
            j += 1
        return j
    if i > 0 and _word_or_punct(text[i - 1]):
        dash_end = _em_dash_end(text, i)
        if dash_end:
            return dash_end
    # A word is the shortest run of non-whitespace that ends at one of the
    # three places above, tried in that order at each length.
    pos = i + 1
    while True:
        if pos < n and text[pos] == '-' and _hyphen_breaks(text, pos):
            return pos + 1
        if pos == n or text[pos] in _whitespace:
            return pos
        if _word_or_punct(text[pos - 1]) and _em_dash_end(text, pos):
            return pos
        pos += 1

def _ends_sentence(chunk):
    core = chunk[:-1] if chunk[-1:] in ('"', "'") else chunk
    return len(core) >= 2 and core[-1] in '.!?' and 'a' <= core[-2] <= 'z'

def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)

def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)

def shorten(text, width, **kwargs):
    # Whitespace collapses to single spaces; then one line, with the placeholder if cut.
    collapsed = ' '.join(text.split())
    return TextWrapper(width=width, max_lines=1, **kwargs).fill(collapsed)

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
    # By default only lines with something besides whitespace get the prefix.
    wanted = predicate if predicate is not None else str.strip
    return ''.join(prefix + line if wanted(line) else line for line in text.splitlines(True))
"""#
}
