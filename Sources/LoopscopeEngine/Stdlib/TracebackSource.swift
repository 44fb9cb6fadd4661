// `traceback`, written in Python over the engine's own traceback printer
// (`_loopscope`): printing and formatting exceptions and stacks as the
// interpreter prints an uncaught exception, and the FrameSummary /
// StackSummary / TracebackException objects, and the walks over frame
// objects (VM/FrameObject.swift).

extension PreludeSources {
    static let traceback = #"""
import sys
import _loopscope

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

_sentinel = object()
_RECURSIVE_CUTOFF = 3


class FrameSummary:
    """One frame of a traceback or stack: filename, lineno, name and line."""

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename, self.lineno, self.name = filename, lineno, name
        self._line = line   # as given; the line property strips it
        self.locals = None if not locals else dict((key, repr(value)) for key, value in locals.items())
        self.end_lineno, self.colno, self.end_colno = end_lineno, colno, end_colno
        self._printed = None

    @property
    def line(self):
        return None if self._line is None else self._line.strip()

    def _as_tuple(self):
        # What a FrameSummary compares, indexes and unpacks as.
        return self.filename, self.lineno, self.name, self.line

    def __eq__(self, other):
        if type(other) is tuple:
            return self._as_tuple() == other
        if not isinstance(other, FrameSummary):
            return NotImplemented
        return self._as_tuple()[:3] == other._as_tuple()[:3] and self.locals == other.locals

    def __getitem__(self, pos):
        return self._as_tuple()[pos]

    def __iter__(self):
        return iter(self._as_tuple())

    def __len__(self):
        return 4

    def __repr__(self):
        return f"<FrameSummary file {self.filename}, line {self.lineno} in {self.name}>"


def _summary(entry):
    filename, lineno, name, line, printed = entry
    frame = FrameSummary(filename, lineno, name, line=line)
    frame._printed = printed
    return frame


def _printed(frame):
    if frame._printed is not None:
        return frame._printed
    text = '  File "{}", line {}, in {}\n'.format(frame.filename, frame.lineno, frame.name)
    if frame.line:
        text += '    {}\n'.format(frame.line)
    return text


class StackSummary(list):
    """A list of FrameSummary objects, printable as a traceback's frames."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        if capture_locals:
            raise NotImplementedError("loopscope does not support StackSummary.extract(capture_locals=True) yet")
        limit = _effective_limit(limit)
        pairs = list(frame_gen)
        if limit is not None:
            pairs = pairs[:limit] if limit >= 0 else pairs[len(pairs) + limit:]
        return klass(_summary(_loopscope.frame_summary(f, lineno)) for f, lineno in pairs)

    @classmethod
    def from_list(klass, a_list):
        return klass(item if isinstance(item, FrameSummary) else FrameSummary(item[0], item[1], item[2], line=item[3])
                     for item in a_list)

    def format_frame_summary(self, frame_summary):
        return _printed(frame_summary)

    def format(self):
        out = []
        last = None
        repeats = 0
        for frame in self:
            here = (frame.filename, frame.lineno, frame.name)
            if here == last:
                repeats += 1
                if repeats >= _RECURSIVE_CUTOFF:
                    continue
            else:
                out.extend(_repeat_note(repeats))
                last = here
                repeats = 0
            out.append(self.format_frame_summary(frame))
        out.extend(_repeat_note(repeats))
        return out


def _repeat_note(repeats):
    hidden = repeats - _RECURSIVE_CUTOFF + 1
    if hidden <= 0:
        return []
    return ['  [Previous line repeated {} more time{}]\n'.format(hidden, 's' if hidden > 1 else '')]


def _effective_limit(limit):
    # No limit given: sys.tracebacklimit if the program set one (below 0 means 0).
    if limit is not None:
        return limit
    fallback = getattr(sys, 'tracebacklimit', None)
    return None if fallback is None else max(fallback, 0)


def _limited(entries, limit, innermost_first):
    limit = _effective_limit(limit)
    if limit is None:
        return entries
    # A positive limit keeps the frames met first by the walk: outermost
    # for a traceback, innermost for a stack; a negative one the others.
    if limit >= 0:
        return entries[len(entries) - limit:] if innermost_first else entries[:limit]
    return entries[:-limit] if innermost_first else entries[len(entries) + limit:]


def _write(lines, file):
    # Every print_* function: the lines format_* makes, to stderr by default.
    out = sys.stderr if file is None else file
    for text in lines:
        out.write(text)


def extract_tb(tb, limit=None):
    entries = [] if tb is None else _limited(_loopscope.tb_entries(tb), limit, False)
    return StackSummary(_summary(e) for e in entries)


def extract_stack(f=None, limit=None):
    entries = _loopscope.stack_entries() if f is None else _loopscope.frame_entries(f)
    return StackSummary(_summary(e) for e in _limited(entries, limit, True))


def walk_stack(f):
    # Without a frame: the program's frame that called in (the library's
    # own frames are not the program's, so none is skipped).
    if f is None:
        f = sys._getframe()
    for frame in _follow(f, 'f_back'):
        yield frame, frame.f_lineno


def walk_tb(tb):
    for entry in _follow(tb, 'tb_next'):
        yield entry.tb_frame, entry.tb_lineno


def _follow(node, link):
    # A frame's callers, or a traceback's entries: each node until the link is None.
    while node is not None:
        yield node
        node = getattr(node, link)


def _print_task_stack(task, limit, file):
    # Task.print_stack(): the header goes through print() (stdout when no
    # file is given), the frames through print_list() (stderr then).
    frames = StackSummary(_summary(_loopscope.frame_summary(f, f.f_lineno)) for f in task.get_stack(limit=limit))
    exc = _loopscope.task_exception(task)
    if not frames:
        header = 'No stack for %r'
    else:
        kind = 'Stack' if exc is None else 'Traceback'
        header = kind + ' for %r (most recent call last):'
    print(header % (task,), file=file)
    print_list(frames, file=file)
    if exc is not None:
        for line in format_exception_only(exc.__class__, exc):
            print(line, file=file, end='')


def format_list(extracted_list):
    frames = StackSummary.from_list(extracted_list)
    return frames.format()


def format_tb(tb, limit=None):
    return format_list(extract_tb(tb, limit))


def format_stack(f=None, limit=None):
    return format_list(extract_stack(f, limit))


def print_list(extracted_list, file=None):
    _write(format_list(extracted_list), file)


def print_tb(tb, limit=None, file=None):
    _write(format_tb(tb, limit), file)


def print_stack(f=None, limit=None, file=None):
    _write(format_stack(f, limit), file)


def _exception_value(exc, value):
    if value is _sentinel:
        return exc
    return value


def format_exception_only(exc, /, value=_sentinel):
    value = _exception_value(exc, value)
    if value is None:
        return ['NoneType: None\n']
    text = _loopscope.exception_only(value)
    if isinstance(value, SyntaxError):
        return text.splitlines(keepends=True)
    return [text]


def _chunks(text):
    # The printed traceback cut where traceback.py's format() yields: the
    # header, each frame, the chain messages, the exception line.
    out = []
    for line in text.splitlines(keepends=True):
        starts = (not out or line.startswith('Traceback (most recent call last):')
                  or line.startswith('  File "') or line.startswith('  [Previous line')
                  or line == '\n' or out[-1] == '\n' or out[-1].endswith('occurred:\n')
                  or out[-1].endswith('exception:\n') or not line.startswith(' '))
        if starts and out and out[-1].startswith('  File "') and line.startswith('    '):
            starts = False
        if starts:
            out.append(line)
        else:
            out[-1] += line
    return out


def _format_one(value, tb, limit):
    frames = format_tb(tb, limit)
    out = ['Traceback (most recent call last):\n'] + frames if frames else []
    out.extend(format_exception_only(value))
    return out


def _chain(value, chain):
    # Oldest first: (message leading to the next, exception).
    links = []
    seen = set()
    current = value
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if not chain:
            links.append((None, current))
            break
        if current.__cause__ is not None and id(current.__cause__) not in seen:
            links.append(('\nThe above exception was the direct cause of the following exception:\n\n', current))
            current = current.__cause__
        elif (current.__context__ is not None and not current.__suppress_context__
              and id(current.__context__) not in seen):
            links.append(('\nDuring handling of the above exception, another exception occurred:\n\n', current))
            current = current.__context__
        else:
            links.append((None, current))
            current = None
    links.reverse()
    return links


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value = _exception_value(exc, value)
    if value is None:
        return ['NoneType: None\n']
    # A traceback passed in is taken to be the exception's own (as
    # sys.exc_info() gives them), unless it is None.
    if tb is _sentinel or tb is not None:
        tb = value.__traceback__
        if limit is None and chain and getattr(sys, 'tracebacklimit', None) is None:
            return _chunks(_loopscope.format_exception(value))
    out = []
    for message, link in _chain(value, chain):
        if message is not None:
            out.append(message)
        out.extend(_format_one(link, tb if link is value else link.__traceback__, limit))
    return out


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    _write(format_exception(exc, value, tb, limit=limit, chain=chain), file)


def _handled():
    # The exception being handled, as the *_exc functions report it.
    return sys.exc_info()[1]


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(_handled(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    _write(format_exception(_handled(), limit=limit, chain=chain), file)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_value"):
        raise ValueError("no last exception")
    _write(format_exception(sys.last_value, limit=limit, chain=chain), file)


def clear_frames(tb):
    pass


class TracebackException:
    """An exception ready to be printed later: its type, message and frames."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None, lookup_lines=True,
                 capture_locals=False, compact=False, max_group_width=15, max_group_depth=10):
        self._value = exc_value
        self._tb = exc_traceback
        self._limit = limit
        self.exc_type = exc_type
        self.stack = extract_tb(exc_traceback, limit=limit)
        self._str = str(exc_value) if exc_value is not None else ''
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_value is not None:
            self.__suppress_context__ = exc_value.__suppress_context__
            cause, context = exc_value.__cause__, exc_value.__context__
        else:
            self.__suppress_context__ = False
            cause = context = None
        self.__cause__ = None if cause is None else TracebackException(
            type(cause), cause, cause.__traceback__, limit=limit)
        self.__context__ = None if context is None or context is cause else TracebackException(
            type(context), context, context.__traceback__, limit=limit)
        if isinstance(exc_value, SyntaxError):
            self.filename = exc_value.filename
            self.lineno = str(exc_value.lineno) if exc_value.lineno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.msg = exc_value.msg

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __str__(self):
        return self._str

    # Equal when everything the two captured is equal.
    def __eq__(self, other):
        return self.__dict__ == other.__dict__ if isinstance(other, TracebackException) else NotImplemented

    def format_exception_only(self):
        yield from format_exception_only(self._value)

    def format(self, *, chain=True):
        yield from format_exception(self._value, self._value, self._tb, limit=self._limit, chain=chain)

    def print(self, *, file=None, chain=True):
        _write(self.format(chain=chain), file)
"""#
}
