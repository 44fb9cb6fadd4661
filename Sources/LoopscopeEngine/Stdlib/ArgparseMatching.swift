// `argparse`, part 4 of 4: how the command line is matched to the arguments,
// with CPython 3.11's results: each string is classified 'O' (option), 'A'
// (value) or '-' (`--`), each action's nargs is a regular expression over
// that shape, and the positionals share what the longest run of them can
// match. Also the subparsers action.

extension StdlibSources {
    static let argparseMatching = #"""
# How many strings each action takes, as a regular expression over the shape of the
# command line: one letter per string, 'O' an option, 'A' anything else, '-' the '--'.
_NARGS_REGEX = ((None, '(-*A-*)'), (OPTIONAL, '(-*A?-*)'), (ZERO_OR_MORE, '(-*[A-]*)'),
                (ONE_OR_MORE, '(-*A[A-]*)'), (REMAINDER, '([-AO]*)'), (PARSER, '(-*A[-AO]*)'),
                (SUPPRESS, '(-*-*)'))

_TOO_FEW = {None: 'expected one argument', OPTIONAL: 'expected at most one argument',
            ONE_OR_MORE: 'expected at least one argument'}


def _nargs_regex(action):
    nargs = action.nargs
    for kind, regex in _NARGS_REGEX:
        if nargs == kind:
            break
    else:
        regex = '(-*' + '-*'.join('A' * nargs) + '-*)'
    if action.option_strings:
        # An option's values never include a '--'.
        regex = regex.replace('-*', '').replace('-', '')
    return regex


def _count_for(action, shape):
    """How many of the strings described by `shape` the action takes, from the start."""
    found = _re.match(_nargs_regex(action), shape)
    if found is not None:
        return len(found.group(1))
    nargs = action.nargs
    message = _TOO_FEW.get(nargs)
    if message is None:
        message = ('expected %s argument' if nargs == 1 else 'expected %s arguments') % nargs
    raise ArgumentError(action, message)


def _split_among(actions, shape):
    # As many of the waiting positionals as can be satisfied together, first ones first;
    # the regex's greed decides how the strings are shared out.
    regexes = [_nargs_regex(a) for a in actions]
    while regexes:
        found = _re.match(''.join(regexes), shape)
        if found is not None:
            return [len(part) for part in found.groups()]
        regexes.pop()
    return []


def _candidates(parser, arg):
    """The options `arg` may abbreviate, as (action, flag, attached value) triples."""
    table = parser._option_string_actions
    if arg[1] in parser.prefix_chars:
        # "--name" or "--name=value": the part before '=' may be any unique prefix.
        if not parser.allow_abbrev:
            return []
        stem, eq, value = arg.partition('=')
        attached = value if eq else None
        return [(table[flag], flag, attached) for flag in table if flag.startswith(stem)]
    # "-xVALUE" is the short option "-x" with a value attached, or a prefix of a longer flag.
    found = []
    for flag in table:
        if flag == arg[:2]:
            found.append((table[flag], flag, arg[2:]))
        elif flag.startswith(arg):
            found.append((table[flag], flag, None))
    return found


def _as_option(parser, arg):
    """(action, flag, attached value) when `arg` is an option, (None, arg, None) when it
    looks like one this parser does not know, None when it is a value."""
    if not arg or arg[0] not in parser.prefix_chars:
        return None
    table = parser._option_string_actions
    if arg in table:
        return table[arg], arg, None
    if len(arg) == 1:
        return None
    flag, eq, value = arg.partition('=')
    if eq and flag in table:
        return table[flag], flag, value
    matches = _candidates(parser, arg)
    if len(matches) > 1:
        parser.error('ambiguous option: %s could match %s' % (arg, ', '.join(m[1] for m in matches)))
    if matches:
        return matches[0]
    if _NEGATIVE_NUMBER.match(arg) and not parser._negative_flags:
        return None
    if ' ' in arg:
        return None
    return None, arg, None


class _Matcher:
    """One parse: options are taken where they stand, positionals in between take what the
    regexes give them, and whatever nobody takes is returned as unknown."""

    def __init__(self, parser, args, namespace):
        self.parser = parser
        self.args = args
        self.namespace = namespace
        self.unknown = []
        self.seen = set()
        self.given = set()  # seen with a value other than the default
        self.waiting = [a for a in parser._actions if not a.option_strings]
        self.rivals = {}
        for group in parser._mutually_exclusive_groups:
            for member in group._group_actions:
                others = [a for a in group._group_actions if a is not member]
                self.rivals.setdefault(member, []).extend(others)
        self.options = {}
        letters = []
        after_dashes = False
        for i, arg in enumerate(args):
            if after_dashes:
                letters.append('A')
            elif arg == '--':
                letters.append('-')
                after_dashes = True
            else:
                option = _as_option(parser, arg)
                if option is not None:
                    self.options[i] = option
                letters.append('A' if option is None else 'O')
        self.shape = ''.join(letters)

    def run(self):
        pos = 0
        last = max(self.options, default=-1)
        while pos <= last:
            upcoming = min(i for i in self.options if i >= pos)
            if pos < upcoming:
                after = self._positionals_from(pos)
                if after > pos:
                    pos = after
                    continue
                # No positional wants the strings before the next option.
                self.unknown.extend(self.args[pos:upcoming])
                pos = upcoming
            pos = self._option_at(pos)
        pos = self._positionals_from(pos)
        self.unknown.extend(self.args[pos:])
        self._finish()
        return self.namespace, self.unknown

    def _finish(self):
        parser = self.parser
        missing = []
        for action in parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_name_of(action))
            elif isinstance(action.default, str) and getattr(self.namespace, action.dest, None) is action.default:
                # String defaults are converted only now, so a default's conversion cannot
                # fail when the argument was given anyway.
                setattr(self.namespace, action.dest, parser._get_value(action, action.default))
        if missing:
            parser.error('the following arguments are required: %s' % ', '.join(missing))
        for group in parser._mutually_exclusive_groups:
            if group.required and not any(a in self.given for a in group._group_actions):
                names = [_name_of(a) for a in group._group_actions if a.help is not SUPPRESS]
                parser.error('one of the arguments %s is required' % ' '.join(names))

    def _positionals_from(self, pos):
        counts = _split_among(self.waiting, self.shape[pos:])
        for action, count in zip(self.waiting, counts):
            self._apply(action, self.args[pos:pos + count])
            pos += count
        del self.waiting[:len(counts)]
        return pos

    def _option_at(self, pos):
        action, flag, attached = self.options[pos]
        # Packed short flags ("-vq") become several actions, applied once all are known.
        pending = []
        while True:
            if action is None:
                self.unknown.append(self.args[pos])
                return pos + 1
            if attached is None:
                count = _count_for(action, self.shape[pos + 1:])
                pending.append((action, self.args[pos + 1:pos + 1 + count], flag))
                end = pos + 1 + count
                break
            count = _count_for(action, 'A')
            if count == 1:
                pending.append((action, [attached], flag))
                end = pos + 1
                break
            if count != 0 or flag[1] in self.parser.prefix_chars or attached == '':
                raise ArgumentError(action, 'ignored explicit argument %r' % attached)
            pending.append((action, [], flag))
            flag = flag[0] + attached[0]
            if flag not in self.parser._option_string_actions:
                raise ArgumentError(action, 'ignored explicit argument %r' % attached)
            action = self.parser._option_string_actions[flag]
            attached = attached[1:] or None
        for action, strings, flag in pending:
            self._apply(action, strings, flag)
        return end

    def _apply(self, action, strings, flag=None):
        self.seen.add(action)
        values = self.parser._get_values(action, strings)
        # A value that is the default itself does not count as using the argument,
        # for mutually exclusive groups.
        if values is not action.default:
            self.given.add(action)
            for rival in self.rivals.get(action, ()):
                if rival in self.given:
                    raise ArgumentError(action, 'not allowed with argument %s' % _name_of(rival))
        if values is not SUPPRESS:
            action(self.parser, self.namespace, values, flag)


class _SubParsersAction(Action):
    class _ChoicesPseudoAction(Action):
        # Only there to give each subcommand a line in the help.
        def __init__(self, name, aliases, help):
            label = '%s (%s)' % (name, ', '.join(aliases)) if aliases else name
            Action.__init__(self, [], dest=name, help=help, metavar=label)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False, help=None,
                 metavar=None):
        self._prog_prefix = prog
        self._make_parser = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings, dest, nargs=PARSER, choices=self._name_parser_map,
                         required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        aliases = tuple(kwargs.pop('aliases', ()))
        taken = self._name_parser_map
        if name in taken:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        for alias in aliases:
            if alias in taken:
                raise ArgumentError(self, 'conflicting subparser alias: %s' % alias)
        if kwargs.get('prog') is None:
            kwargs['prog'] = f'{self._prog_prefix} {name}'
        if 'help' in kwargs:
            self._choices_actions.append(self._ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        child = self._make_parser(**kwargs)
        for key in (name,) + aliases:
            taken[key] = child
        return child

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        if name not in self._name_parser_map:
            known = ', '.join(self._name_parser_map)
            raise ArgumentError(self, 'unknown parser %r (choices: %s)' % (name, known))
        # The subcommand parses the rest on its own; its results join the main namespace.
        inner, unknown = self._name_parser_map[name].parse_known_args(rest, None)
        for key, value in vars(inner).items():
            setattr(namespace, key, value)
        if unknown:
            # Kept in the namespace until the outermost parse_known_args collects them.
            if not hasattr(namespace, '_unrecognized_args'):
                namespace._unrecognized_args = []
            namespace._unrecognized_args.extend(unknown)


_ACTIONS['parsers'] = _SubParsersAction
"""#
}
