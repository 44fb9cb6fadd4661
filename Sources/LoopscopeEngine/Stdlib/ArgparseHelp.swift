// `argparse`, part 2 of 4: the help formatters, laid out as CPython 3.11 lays
// them out: usage wrapped at 78 columns (no terminal: the 80-column fallback),
// help text at column 24 at most, sections "positional arguments:" and "options:".

extension StdlibSources {
    static let argparseHelp = #"""
# ---------------------------------------------------------------- help

class _Block:
    """A section of help under construction. Rendering waits for format_help, because the
    column where help text starts depends on every argument added, in any section."""

    def __init__(self, outer, title, indent):
        self.outer = outer
        self.title = title
        self.indent = indent
        self.pieces = []

    def render(self):
        body = ''.join(piece() for piece in self.pieces)
        if self.outer is None or not body:
            return body
        # An untitled section still gets its blank lines, only no heading.
        heading = ''
        if self.title is not None and self.title is not SUPPRESS:
            heading = ' ' * self.indent + self.title + ':\n'
        return '\n' + heading + body + '\n'


# Usage text of one argument per nargs; '%s' slots take metavars (see _format_args).
_NARGS_USAGE = ((None, '%s'), (OPTIONAL, '[%s]'), (ONE_OR_MORE, '%s [%s ...]'),
                (REMAINDER, '...'), (PARSER, '%s ...'), (SUPPRESS, ''))

# Wrappable usage pieces: a bracketed group stays whole however many spaces it holds.
_USAGE_PIECE = _re.compile(r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+')


def _pack(words, margin, limit, first_line_margin=None):
    """Greedy line filling for usage: a word joins the current line unless that would pass
    `limit` columns. The first line may start at another column (after "usage: PROG")."""
    lines = []
    words_on_line = []
    column = len(margin if first_line_margin is None else first_line_margin)
    for word in words:
        if words_on_line and column + len(word) > limit:
            lines.append(words_on_line)
            words_on_line = []
            column = len(margin)
        words_on_line.append(word)
        column += len(word) + 1
    if words_on_line:
        lines.append(words_on_line)
    texts = [margin + ' '.join(line) for line in lines]
    if first_line_margin is not None and texts:
        texts[0] = ' '.join(lines[0])
    return texts


class HelpFormatter:
    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            # The sandbox has no terminal, so this is the 80-column fallback, less CPython's margin of 2.
            width = 78
        self._prog = prog
        self._step = indent_increment
        self._width = width
        self._max_help_position = min(max_help_position, max(width - 20, 2 * indent_increment))
        self._level = 0
        self._widest_invocation = 0
        self._open = _Block(None, None, 0)

    def start_section(self, heading):
        inner = _Block(self._open, heading, self._level)
        self._open.pieces.append(inner.render)
        self._open = inner
        self._level += self._step

    def end_section(self):
        self._open = self._open.outer
        self._level -= self._step

    def add_text(self, text):
        if text is None or text is SUPPRESS:
            return
        level = self._level
        self._open.pieces.append(lambda: self._format_text(text, level))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is SUPPRESS:
            return
        level = self._level
        self._open.pieces.append(lambda: self._format_usage(usage, actions, groups, prefix, level))

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        shown = [action] + list(self._subactions(action))
        longest = max(len(self._format_action_invocation(a)) for a in shown)
        self._widest_invocation = max(self._widest_invocation, longest + self._level)
        level = self._level
        self._open.pieces.append(lambda: self._format_action(action, level))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._open.render()
        if not text:
            return text
        while '\n\n\n' in text:
            text = text.replace('\n\n\n', '\n\n')
        return text.strip('\n') + '\n'

    # -- usage

    def _format_usage(self, usage, actions, groups, prefix, level=0):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            return prefix + usage % {'prog': self._prog} + '\n\n'
        if not actions:
            return prefix + self._prog + '\n\n'
        flagged = [a for a in actions if a.option_strings]
        bare = [a for a in actions if not a.option_strings]
        line = ' '.join(s for s in (self._prog, self._format_actions_usage(flagged + bare, groups)) if s)
        room = self._width - level
        if len(prefix) + len(line) > room:
            line = self._wrapped_usage(prefix, flagged, bare, groups, room)
        return prefix + line + '\n\n'

    def _wrapped_usage(self, prefix, flagged, bare, groups, room):
        prog = self._prog
        opt_words = _USAGE_PIECE.findall(self._format_actions_usage(flagged, groups))
        pos_words = _USAGE_PIECE.findall(self._format_actions_usage(bare, groups))
        if len(prefix) + len(prog) <= 0.75 * room:
            # A short prog: the arguments hang at the column after it.
            margin = ' ' * (len(prefix) + len(prog) + 1)
            if opt_words:
                lines = _pack([prog] + opt_words, margin, room, prefix)
                lines += _pack(pos_words, margin, room)
            elif pos_words:
                lines = _pack([prog] + pos_words, margin, room, prefix)
            else:
                lines = [prog]
        else:
            # A long prog gets a line of its own, the arguments go under "usage: ".
            margin = ' ' * len(prefix)
            lines = _pack(opt_words + pos_words, margin, room)
            if len(lines) > 1:
                lines = _pack(opt_words, margin, room) + _pack(pos_words, margin, room)
            lines = [prog] + lines
        return '\n'.join(lines)

    def _format_actions_usage(self, actions, groups):
        # A mutually exclusive group is shown as one "[a | b]" (or "(a | b)" when required)
        # only where its members stand together, in order, in this list of actions.
        grouped = {}
        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError(f'empty group {group}')
            if members[0] not in actions:
                continue
            start = actions.index(members[0])
            if actions[start:start + len(members)] == members:
                grouped[start] = group
        words = []
        i = 0
        while i < len(actions):
            group = grouped.get(i)
            if group is None:
                if actions[i].help is not SUPPRESS:
                    words.append(self._usage_word(actions[i], False))
                i += 1
                continue
            members = group._group_actions
            i += len(members)
            inner = [self._usage_word(a, True) for a in members if a.help is not SUPPRESS]
            joined = ' | '.join(inner)
            if not group.required:
                words.append('[' + joined + ']')
            elif len(inner) > 1:
                words.append('(' + joined + ')')
            else:
                words.append(joined)
        text = ' '.join(w for w in words if w)
        # Tidy what suppressed or empty parts leave behind: "[ x" / "x ]" / "[]".
        text = _re.sub(r'([\[(]) ', r'\1', text)
        text = _re.sub(r' ([\])])', r'\1', text)
        text = _re.sub(r'[\[(] *[\])]', '', text)
        return text.strip()

    def _usage_word(self, action, in_group):
        if not action.option_strings:
            word = self._format_args(action, self._get_default_metavar_for_positional(action))
            if in_group and word[:1] == '[' and word[-1:] == ']':
                word = word[1:-1]
            return word
        if action.nargs == 0:
            word = action.format_usage()
        else:
            metavars = self._format_args(action, self._get_default_metavar_for_optional(action))
            word = action.option_strings[0] + ' ' + metavars
        return word if action.required or in_group else '[' + word + ']'

    # -- text and arguments

    def _format_text(self, text, level=0):
        if '%(prog)' in text:
            text = text % {'prog': self._prog}
        return self._fill_text(text, max(self._width - level, 11), ' ' * level) + '\n\n'

    def _format_action(self, action, level=0):
        help_column = min(self._widest_invocation + 2, self._max_help_position)
        label = self._format_action_invocation(action)
        label_room = help_column - level - 2
        margin = ' ' * level
        if not action.help or len(label) > label_room:
            # The help (if any) starts on the next line, at the help column.
            out = [margin + label + '\n']
            first_margin = ' ' * help_column
        else:
            out = [margin + label.ljust(label_room) + '  ']
            first_margin = ''
        if (action.help or '').strip():
            expanded = self._expand_help(action)
            if expanded:
                lines = self._split_lines(expanded, max(self._width - help_column, 11))
                out.append(first_margin + lines[0] + '\n')
                out.extend(' ' * help_column + line + '\n' for line in lines[1:])
        elif not out[0].endswith('\n'):
            out.append('\n')
        out.extend(self._format_action(sub, level + self._step) for sub in self._subactions(action))
        return ''.join(out)

    def _subactions(self, action):
        listed = getattr(action, '_get_subactions', None)
        return listed() if listed is not None else []

    def _format_action_invocation(self, action):
        if not action.option_strings:
            (name,) = self._metavar_formatter(action, self._get_default_metavar_for_positional(action))(1)
            return name
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        metavars = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join(flag + ' ' + metavars for flag in action.option_strings)

    def _metavar_formatter(self, action, default_metavar):
        chosen = action.metavar
        if chosen is None:
            chosen = default_metavar if action.choices is None else '{%s}' % ','.join(map(str, action.choices))
        # A tuple metavar names each value itself; otherwise one name is repeated.
        return lambda count: chosen if isinstance(chosen, tuple) else (chosen,) * count

    def _format_args(self, action, default_metavar):
        metavars = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs == ZERO_OR_MORE:
            names = metavars(1)
            return ('[%s [%s ...]]' if len(names) == 2 else '[%s ...]') % names
        for kind, template in _NARGS_USAGE:
            if nargs == kind:
                slots = template.count('%s')
                return template % metavars(slots) if slots else template
        if not isinstance(nargs, int):
            raise ValueError('invalid nargs value')
        # Wrong-sized tuple metavars raise TypeError here; add_argument reports that.
        return ' '.join(['%s'] * nargs) % metavars(nargs)

    def _expand_help(self, action):
        fields = dict(vars(action))
        fields['prog'] = self._prog
        values = {}
        for key, value in fields.items():
            if value is not SUPPRESS:
                values[key] = getattr(value, '__name__', value)
        if values.get('choices') is not None:
            values['choices'] = ', '.join(str(c) for c in values['choices'])
        return self._get_help_string(action) % values

    def _split_lines(self, text, width):
        return _textwrap.wrap(_squeezed(text), width)

    def _fill_text(self, text, width, indent):
        return _textwrap.fill(_squeezed(text), width, initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    # Without metavar=, a positional shows its dest as it is and an option
    # its dest in capitals (MetavarTypeHelpFormatter shows the type instead).
    def _get_default_metavar_for_positional(self, action):
        return action.dest

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()


def _squeezed(text):
    # Only ASCII whitespace runs collapse (CPython's matcher is ASCII-only).
    return _re.sub('[ \t\n\r\f\v]+', ' ', text).strip()


class RawDescriptionHelpFormatter(HelpFormatter):
    def _fill_text(self, text, width, indent):
        return ''.join([indent + piece for piece in text.splitlines(True)])


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    def _split_lines(self, text, width):
        return text.splitlines()   # the author's line breaks, no wrapping


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    def _get_help_string(self, action):
        text = action.help or ''
        if '%(default)' in text or action.default is SUPPRESS:
            return text
        if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
            text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    # Options and positionals alike are shown by their type's name.
    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    _get_default_metavar_for_positional = _get_default_metavar_for_optional
"""#
}
