// `argparse`, part 4 of 4: how the arguments are matched, as CPython does it:
// each argument is classified 'O' (option), 'A' (value) or '-' (`--`), each
// action's nargs becomes a regular expression over that string, and the
// positionals take what the longest prefix of them can match.

extension StdlibSources {
    static let argparseMatching = #"""
class _Parse:
    """One parse_known_args run: CPython's algorithm, where every argument is
    classified 'O' (an option), 'A' (a value) or '-' ('--'), and each
    action's nargs becomes a regular expression over that string."""

    def __init__(self, parser, args, namespace):
        self.p = parser
        self.args = args
        self.ns = namespace
        self.extras = []
        self.seen = []
        self.seen_non_default = []
        self.conflicts = {}
        for group in parser._mutually_exclusive_groups:
            actions = group._group_actions
            for i, action in enumerate(actions):
                self.conflicts.setdefault(id(action), []).extend(actions[:i] + actions[i + 1:])

    def run(self):
        p = self.p
        args = self.args
        self.option_indices = {}
        chars = []
        rest_positional = False
        for i, arg in enumerate(args):
            if rest_positional:
                chars.append('A')
            elif arg == '--':
                chars.append('-')
                rest_positional = True
            else:
                option = self.parse_optional(arg)
                if option is None:
                    chars.append('A')
                else:
                    self.option_indices[i] = option
                    chars.append('O')
        self.pattern = ''.join(chars)
        self.positionals = [a for a in p._actions if not a.option_strings]
        start = 0
        last_option = max(self.option_indices) if self.option_indices else -1
        while start <= last_option:
            next_option = min(i for i in self.option_indices if i >= start)
            if start != next_option:
                end = self.consume_positionals(start)
                if end > start:
                    start = end
                    continue
                start = end
            if start not in self.option_indices:
                self.extras.extend(args[start:next_option])
                start = next_option
            start = self.consume_optional(start)
        stop = self.consume_positionals(start)
        self.extras.extend(args[stop:])
        required = []
        for action in p._actions:
            if action not in self.seen:
                if action.required:
                    required.append(_action_name(action))
                elif (action.default is not None and isinstance(action.default, str)
                      and hasattr(self.ns, action.dest) and action.default is getattr(self.ns, action.dest)):
                    setattr(self.ns, action.dest, p._get_value(action, action.default))
        if required:
            p.error('the following arguments are required: %s' % ', '.join(required))
        for group in p._mutually_exclusive_groups:
            if group.required:
                if not any(a in self.seen_non_default for a in group._group_actions):
                    names = [_action_name(a) for a in group._group_actions if a.help is not SUPPRESS]
                    p.error('one of the arguments %s is required' % ' '.join(names))
        return self.ns, self.extras

    def parse_optional(self, arg):
        p = self.p
        if not arg or arg[0] not in p.prefix_chars:
            return None
        if arg in p._option_string_actions:
            return p._option_string_actions[arg], arg, None
        if len(arg) == 1:
            return None
        if '=' in arg:
            option_string, explicit = arg.split('=', 1)
            if option_string in p._option_string_actions:
                return p._option_string_actions[option_string], option_string, explicit
        tuples = self.option_tuples(arg)
        if len(tuples) > 1:
            options = ', '.join(t[1] for t in tuples)
            p.error('ambiguous option: %s could match %s' % (arg, options))
        elif len(tuples) == 1:
            return tuples[0]
        if _re.match(r'^-\d+$|^-\d*\.\d+$', arg):
            if not p._has_negative_number_optionals:
                return None
        if ' ' in arg:
            return None
        return None, arg, None

    def option_tuples(self, arg):
        p = self.p
        result = []
        chars = p.prefix_chars
        if arg[0] in chars and arg[1] in chars:
            if p.allow_abbrev:
                if '=' in arg:
                    prefix, explicit = arg.split('=', 1)
                else:
                    prefix, explicit = arg, None
                for option_string in p._option_string_actions:
                    if option_string.startswith(prefix):
                        result.append((p._option_string_actions[option_string], option_string, explicit))
        elif arg[0] in chars and arg[1] not in chars:
            short_prefix = arg[:2]
            short_explicit = arg[2:]
            for option_string in p._option_string_actions:
                action = p._option_string_actions[option_string]
                if option_string == short_prefix:
                    result.append((action, option_string, short_explicit))
                elif p.allow_abbrev and option_string.startswith(arg):
                    result.append((action, option_string, None))
        else:
            p.error('unexpected option string: %s' % arg)
        return result

    def nargs_pattern(self, action):
        nargs = action.nargs
        if nargs is None:
            pattern = '(-*A-*)'
        elif nargs == OPTIONAL:
            pattern = '(-*A?-*)'
        elif nargs == ZERO_OR_MORE:
            pattern = '(-*[A-]*)'
        elif nargs == ONE_OR_MORE:
            pattern = '(-*A[A-]*)'
        elif nargs == REMAINDER:
            pattern = '([-AO]*)'
        elif nargs == PARSER:
            pattern = '(-*A[-AO]*)'
        elif nargs == SUPPRESS:
            pattern = '(-*-*)'
        else:
            pattern = '(-*%s-*)' % '-*'.join('A' * nargs)
        if action.option_strings:
            pattern = pattern.replace('-*', '').replace('-', '')
        return pattern

    def match_argument(self, action, pattern):
        match = _re.match(self.nargs_pattern(action), pattern)
        if match is None:
            messages = {None: 'expected one argument', OPTIONAL: 'expected at most one argument',
                        ONE_OR_MORE: 'expected at least one argument'}
            if action.nargs in messages:
                message = messages[action.nargs]
            else:
                message = ('expected %s argument' if action.nargs == 1 else 'expected %s arguments') % action.nargs
            raise ArgumentError(action, message)
        return len(match.group(1))

    def match_partial(self, actions, pattern):
        for i in range(len(actions), 0, -1):
            joined = ''.join(self.nargs_pattern(a) for a in actions[:i])
            match = _re.match(joined, pattern)
            if match is not None:
                return [len(g) for g in match.groups()]
        return []

    def take_action(self, action, strings, option_string=None):
        self.seen.append(action)
        values = self.p._get_values(action, strings)
        if values is not action.default:
            self.seen_non_default.append(action)
            for other in self.conflicts.get(id(action), []):
                if other in self.seen_non_default:
                    raise ArgumentError(action, 'not allowed with argument %s' % _action_name(other))
        if values is not SUPPRESS:
            action(self.p, self.ns, values, option_string)

    def consume_optional(self, start):
        action, option_string, explicit = self.option_indices[start]
        todo = []
        while True:
            if action is None:
                self.extras.append(self.args[start])
                return start + 1
            if explicit is not None:
                count = self.match_argument(action, 'A')
                chars = self.p.prefix_chars
                if count == 0 and option_string[1] not in chars and explicit != '':
                    todo.append((action, [], option_string))
                    option_string = option_string[0] + explicit[0]
                    new_explicit = explicit[1:] or None
                    if option_string in self.p._option_string_actions:
                        action = self.p._option_string_actions[option_string]
                        explicit = new_explicit
                    else:
                        raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
                elif count == 1:
                    stop = start + 1
                    todo.append((action, [explicit], option_string))
                    break
                else:
                    raise ArgumentError(action, 'ignored explicit argument %r' % explicit)
            else:
                begin = start + 1
                count = self.match_argument(action, self.pattern[begin:])
                stop = begin + count
                todo.append((action, self.args[begin:stop], option_string))
                break
        for action, strings, option_string in todo:
            self.take_action(action, strings, option_string)
        return stop

    def consume_positionals(self, start):
        counts = self.match_partial(self.positionals, self.pattern[start:])
        for action, count in zip(self.positionals, counts):
            strings = self.args[start:start + count]
            start += count
            self.take_action(action, strings)
        self.positionals = self.positionals[len(counts):]
        return start


class _SubParsersAction(Action):
    class _ChoicesPseudoAction(Action):
        def __init__(self, name, aliases, help):
            metavar = dest = name
            if aliases:
                metavar += ' (%s)' % ', '.join(aliases)
            Action.__init__(self, option_strings=[], dest=dest, help=help, metavar=metavar)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False, help=None,
                 metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        Action.__init__(self, option_strings=option_strings, dest=dest, nargs=PARSER,
                        choices=self._name_parser_map, required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self, 'conflicting subparser alias: %s' % alias)
        if 'help' in kwargs:
            self._choices_actions.append(self._ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        parser_name = values[0]
        arg_strings = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, parser_name)
        try:
            subparser = self._name_parser_map[parser_name]
        except KeyError:
            choices = ', '.join(self._name_parser_map)
            raise ArgumentError(self, 'unknown parser %r (choices: %s)' % (parser_name, choices))
        subnamespace, arg_strings = subparser.parse_known_args(arg_strings, None)
        for key, value in vars(subnamespace).items():
            setattr(namespace, key, value)
        if arg_strings:
            if not hasattr(namespace, '_UNRECOGNIZED_ARGS_ATTR'):
                setattr(namespace, '_UNRECOGNIZED_ARGS_ATTR', [])
            getattr(namespace, '_UNRECOGNIZED_ARGS_ATTR').extend(arg_strings)
"""#
}
