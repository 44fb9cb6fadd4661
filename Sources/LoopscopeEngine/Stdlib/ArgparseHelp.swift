// `argparse`, part 2 of 4: the help formatters, with CPython's layout: usage
// wrapped at 78 columns (no terminal: CPython's 80-column fallback), help
// text at column 24 at most, sections "positional arguments:" and "options:".

extension StdlibSources {
    static let argparseHelp = #"""
# ---------------------------------------------------------------- help

class HelpFormatter:
    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            # No terminal in the sandbox: CPython's fallback of 80 columns.
            width = 80 - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(width - 20, indent_increment * 2))
        self._width = width
        self._current_indent = 0
        self._action_max_length = 0
        self._sections = []
        self._items = []

    # Sections are collected as (title, items) and rendered by format_help.
    def start_section(self, heading):
        self._sections.append((heading, self._items))
        self._items = []
        self._current_indent += self._indent_increment

    def end_section(self):
        heading, parent = self._sections.pop()
        items = self._items
        self._current_indent -= self._indent_increment
        self._items = parent
        indent = self._current_indent

        def render():
            body = ''.join(f() for f in items)
            if not body:
                return ''
            head = '%*s%s:\n' % (indent, '', heading) if heading not in (None, SUPPRESS) else ''
            return '\n' + head + body + '\n'
        self._items.append(render)

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            indent = self._current_indent
            self._items.append(lambda: self._format_text(text, indent))

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            indent = self._current_indent
            self._items.append(lambda: self._format_usage(usage, actions, groups, prefix, indent))

    def add_argument(self, action):
        if action.help is not SUPPRESS:
            invocations = [self._format_action_invocation(action)]
            for sub in self._subactions(action):
                invocations.append(self._format_action_invocation(sub))
            length = max(len(s) for s in invocations) + self._current_indent
            self._action_max_length = max(self._action_max_length, length)
            indent = self._current_indent
            self._items.append(lambda: self._format_action(action, indent))

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = ''.join(f() for f in self._items)
        if text:
            text = _re.sub(r'\n\n\n+', '\n\n', text)
            text = text.strip('\n') + '\n'
        return text

    def _format_usage(self, usage, actions, groups, prefix, indent):
        if prefix is None:
            prefix = 'usage: '
        prog = self._prog
        if usage is not None:
            usage = usage % dict(prog=prog)
        elif not actions:
            usage = prog
        else:
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            action_usage = self._format_actions_usage(optionals + positionals, groups)
            usage = ' '.join(s for s in (prog, action_usage) if s)
            text_width = self._width - indent
            if len(prefix) + len(usage) > text_width:
                usage = self._wrap_usage(prog, prefix, optionals, positionals, groups, text_width)
        return '%s%s\n\n' % (prefix, usage)

    def _wrap_usage(self, prog, prefix, optionals, positionals, groups, text_width):
        part_regexp = r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+'
        opt_parts = _re.findall(part_regexp, self._format_actions_usage(optionals, groups))
        pos_parts = _re.findall(part_regexp, self._format_actions_usage(positionals, groups))

        def get_lines(parts, indent, prefix=None):
            lines = []
            line = []
            line_len = len(prefix) - 1 if prefix is not None else len(indent) - 1
            for part in parts:
                if line_len + 1 + len(part) > text_width and line:
                    lines.append(indent + ' '.join(line))
                    line = []
                    line_len = len(indent) - 1
                line.append(part)
                line_len += len(part) + 1
            if line:
                lines.append(indent + ' '.join(line))
            if prefix is not None:
                lines[0] = lines[0][len(indent):]
            return lines

        if len(prefix) + len(prog) <= 0.75 * text_width:
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if opt_parts:
                lines = get_lines([prog] + opt_parts, indent, prefix)
                lines.extend(get_lines(pos_parts, indent))
            elif pos_parts:
                lines = get_lines([prog] + pos_parts, indent, prefix)
            else:
                lines = [prog]
        else:
            indent = ' ' * len(prefix)
            lines = get_lines(opt_parts + pos_parts, indent)
            if len(lines) > 1:
                lines = get_lines(opt_parts, indent) + get_lines(pos_parts, indent)
            lines = [prog] + lines
        return '\n'.join(lines)

    def _format_actions_usage(self, actions, groups):
        group_of = {}
        for group in groups:
            for action in group._group_actions:
                group_of[id(action)] = group
        parts = []
        i = 0
        while i < len(actions):
            action = actions[i]
            group = group_of.get(id(action))
            if group is not None and action is group._group_actions[0]:
                members = [a for a in group._group_actions if a in actions]
                if len(members) == len(group._group_actions) and actions[i:i + len(members)] == members:
                    inner = [self._action_usage(a, True) for a in members if a.help is not SUPPRESS]
                    if inner:
                        text = ' | '.join(inner)
                        parts.append(('(%s)' if group.required else '[%s]') % text
                                     if len(inner) > 1 or not group.required else text)
                    i += len(members)
                    continue
            if action.help is not SUPPRESS:
                parts.append(self._action_usage(action, False))
            i += 1
        text = ' '.join(p for p in parts if p)
        text = _re.sub(r'([\[(]) ', r'\1', text)
        text = _re.sub(r' ([\])])', r'\1', text)
        text = _re.sub(r'[\[(] *[\])]', r'', text)
        return text.strip()

    def _action_usage(self, action, in_group):
        if not action.option_strings:
            part = self._format_args(action, self._get_default_metavar_for_positional(action))
            if in_group and part and part[0] == '[' and part[-1] == ']':
                part = part[1:-1]
            return part
        if action.nargs == 0:
            part = action.format_usage()
        else:
            args = self._format_args(action, self._get_default_metavar_for_optional(action))
            part = '%s %s' % (action.option_strings[0], args)
        if not action.required and not in_group:
            part = '[%s]' % part
        return part

    def _format_text(self, text, indent):
        if '%(prog)' in text:
            text = text % dict(prog=self._prog)
        text_width = max(self._width - indent, 11)
        return self._fill_text(text, text_width, ' ' * indent) + '\n\n'

    def _format_action(self, action, indent):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        action_width = help_position - indent - 2
        header = self._format_action_invocation(action)
        if not action.help:
            header = '%*s%s\n' % (indent, '', header)
            indent_first = 0
        elif len(header) <= action_width:
            header = '%*s%-*s  ' % (indent, '', action_width, header)
            indent_first = 0
        else:
            header = '%*s%s\n' % (indent, '', header)
            indent_first = help_position
        parts = [header]
        if action.help and action.help.strip():
            help_text = self._expand_help(action)
            if help_text:
                lines = self._split_lines(help_text, help_width)
                parts.append('%*s%s\n' % (indent_first, '', lines[0]))
                for line in lines[1:]:
                    parts.append('%*s%s\n' % (help_position, '', line))
        elif not header.endswith('\n'):
            parts.append('\n')
        for sub in self._subactions(action):
            parts.append(self._format_action(sub, indent + self._indent_increment))
        return ''.join(parts)

    def _subactions(self, action):
        get = getattr(action, '_get_subactions', None)
        return get() if get is not None else []

    def _format_action_invocation(self, action):
        if not action.option_strings:
            return ' '.join(self._metavar_formatter(action, self._get_default_metavar_for_positional(action))(1))
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join('%s %s' % (o, args) for o in action.option_strings)

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            result = action.metavar
        elif action.choices is not None:
            result = '{%s}' % ','.join(map(str, action.choices))
        else:
            result = default_metavar

        def format(tuple_size):
            if isinstance(result, tuple):
                return result
            return (result,) * tuple_size
        return format

    def _format_args(self, action, default_metavar):
        get_metavar = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % get_metavar(1)
        if nargs == OPTIONAL:
            return '[%s]' % get_metavar(1)
        if nargs == ZERO_OR_MORE:
            metavar = get_metavar(1)
            if len(metavar) == 2:
                return '[%s [%s ...]]' % metavar
            return '[%s ...]' % metavar
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % get_metavar(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % get_metavar(1)
        if nargs == SUPPRESS:
            return ''
        try:
            formats = ['%s' for _ in range(nargs)]
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return ' '.join(formats) % get_metavar(nargs)

    def _expand_help(self, action):
        params = dict(vars(action), prog=self._prog)
        for name in list(params):
            if params[name] is SUPPRESS:
                del params[name]
        for name in list(params):
            if hasattr(params[name], '__name__'):
                params[name] = params[name].__name__
        if params.get('choices') is not None:
            params['choices'] = ', '.join([str(c) for c in params['choices']])
        return self._get_help_string(action) % params

    def _split_lines(self, text, width):
        text = _re.sub(r'\s+', ' ', text).strip()
        return _textwrap.wrap(text, width)

    def _fill_text(self, text, width, indent):
        text = _re.sub(r'\s+', ' ', text).strip()
        return _textwrap.fill(text, width, initial_indent=indent, subsequent_indent=indent)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(keepends=True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    def _get_help_string(self, action):
        help = action.help
        if help is None:
            help = ''
        if '%(default)' not in help and action.default is not SUPPRESS:
            if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
                help += ' (default: %(default)s)'
        return help


class MetavarTypeHelpFormatter(HelpFormatter):
    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__
"""#
}
