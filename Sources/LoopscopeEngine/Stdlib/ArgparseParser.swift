// `argparse`, part 3 of 4: ArgumentParser: building (groups, mutually
// exclusive groups, parents, subparsers), parse_args on sys.argv[1:], value
// conversion, and errors as CPython 3.11 prints them: the usage, then
// "PROG: error: ..." on stderr, exit status 2.

extension StdlibSources {
    static let argparseParser = #"""
# ---------------------------------------------------------------- parser

# Option strings that read as negative numbers; while a parser has none, "-5" is a value.
_NEGATIVE_NUMBER = _re.compile(r'^-\d+$|^-\d*\.\d+$')


class _ArgumentGroup:
    """A heading in the help. The arguments themselves live in the parser; the group only
    remembers which of them it lists."""

    def __init__(self, parser, title=None, description=None):
        self._parser = parser
        self.title = title
        self.description = description
        self._group_actions = []

    def _accept(self, action):
        self._group_actions += [action]

    @property
    def prefix_chars(self):
        return self._parser.prefix_chars

    def add_argument(self, *args, **kwargs):
        return self._parser._build_action(args, kwargs, self, None, False)

    def add_argument_group(self, *args, **kwargs):
        return self._parser.add_argument_group(*args, **kwargs)

    def add_mutually_exclusive_group(self, required=False):
        return self._parser._new_exclusive_group(required, self)

    def set_defaults(self, **kwargs):
        self._parser.set_defaults(**kwargs)

    def get_default(self, dest):
        return self._parser.get_default(dest)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    def __init__(self, container, required=False):
        # `container` is where the members are listed in the help: the parser's options
        # section, or the argument group this one was made from.
        parser = container if isinstance(container, ArgumentParser) else container._parser
        super().__init__(parser)
        self.required = required
        self._listed_in = None if container is parser else container

    def add_argument(self, *args, **kwargs):
        return self._parser._build_action(args, kwargs, self._listed_in, self, False)


class ArgumentParser(_Described):
    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        if conflict_handler not in ('error', 'resolve'):
            raise ValueError('invalid conflict_resolution value: %r' % conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0]) if _sys.argv else ''
        settings = dict(
            prog=prog, usage=usage, description=description, epilog=epilog,
            formatter_class=formatter_class, prefix_chars=prefix_chars,
            fromfile_prefix_chars=fromfile_prefix_chars, argument_default=argument_default,
            conflict_handler=conflict_handler, add_help=add_help, allow_abbrev=allow_abbrev,
            exit_on_error=exit_on_error)
        # The registries every group of this parser shares.
        settings.update(_actions=[], _option_string_actions={}, _defaults={}, _action_groups=[],
                        _mutually_exclusive_groups=[], _subparsers=None, _negative_flags=False)
        for name, value in settings.items():
            setattr(self, name, value)
        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        if add_help:
            dash = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(dash + 'h', dash * 2 + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._inherit(parent)

    def _get_kwargs(self):
        shown = ('prog', 'usage', 'description', 'formatter_class', 'conflict_handler', 'add_help')
        return [(name, getattr(self, name)) for name in shown]

    def _inherit(self, parent):
        # A parent's arguments join this parser under the same headings (made here when
        # missing) and in the same exclusive groups; they are shared, not copied.
        by_title = {}
        for group in self._action_groups:
            if group.title in by_title:
                raise ValueError('cannot merge actions - two groups are named %r' % group.title)
            by_title[group.title] = group
        placement = {}
        for group in parent._action_groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(group.title, group.description)
            for action in group._group_actions:
                placement[id(action)] = (by_title[group.title], None)
        for group in parent._mutually_exclusive_groups:
            twin = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                placement[id(action)] = (None, twin)
        for action in parent._actions:
            listed_in, exclusive = placement.get(id(action), (None, None))
            self._register(action, listed_in, exclusive)
        self._defaults.update(parent._defaults)

    # -- building

    def add_argument_group(self, title=None, description=None, **kwargs):
        self._action_groups += [_ArgumentGroup(self, title, description)]
        return self._action_groups[-1]

    def add_mutually_exclusive_group(self, required=False):
        return self._new_exclusive_group(required, self)

    def _new_exclusive_group(self, required, container):
        self._mutually_exclusive_groups += [_MutuallyExclusiveGroup(container, required)]
        return self._mutually_exclusive_groups[-1]

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        # Arguments already added take the new default too.
        for dest, value in kwargs.items():
            for action in self._actions:
                if action.dest == dest:
                    action.default = value

    def get_default(self, dest):
        # An argument's own default wins over set_defaults() for a dest no argument has.
        own = [a.default for a in self._actions if a.dest == dest and a.default is not None]
        return own[0] if own else self._defaults.get(dest)

    def add_argument(self, *args, **kwargs):
        return self._build_action(args, kwargs, None, None, True)

    def _build_action(self, flags, kwargs, listed_in, exclusive, direct):
        if flags and (len(flags) > 1 or flags[0][0] in self.prefix_chars):
            kwargs = self._option_settings(flags, kwargs)
        else:
            if flags and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._positional_settings(*flags, **kwargs)
        known, preset = self._preset_default(kwargs['dest'])
        if known:
            kwargs.setdefault('default', preset)
        kind = kwargs.pop('action', None)
        if kind is None or isinstance(kind, str):
            kind = _ACTIONS.get(kind, kind)
        if not callable(kind):
            raise ValueError('unknown action "%s"' % (kind,))
        action = kind(**kwargs)
        convert = action.type
        if convert is not None and not callable(convert):
            raise ValueError('%r is not callable' % (convert,))
        if convert is FileType:
            raise ValueError('%r is a FileType class object, instance of it must be passed' % (convert,))
        # Arguments added straight to the parser are checked for a metavar tuple of the
        # wrong size (CPython skips the check for those added through a group).
        if direct:
            probe = self._get_formatter()
            try:
                probe._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        if exclusive is not None and action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        return self._register(action, listed_in, exclusive)

    def _preset_default(self, dest):
        # set_defaults() beats argument_default, which counts only when not None.
        if dest in self._defaults:
            return True, self._defaults[dest]
        return self.argument_default is not None, self.argument_default

    def _register(self, action, listed_in=None, exclusive=None):
        clashes = [f for f in action.option_strings if f in self._option_string_actions]
        if clashes:
            if self.conflict_handler != 'resolve':
                noun = 'string' if len(clashes) == 1 else 'strings'
                raise ArgumentError(action, 'conflicting option %s: %s' % (noun, ', '.join(clashes)))
            for flag in clashes:
                self._give_up_flag(flag)
        self._actions.append(action)
        for flag in action.option_strings:
            self._option_string_actions[flag] = action
            if _NEGATIVE_NUMBER.match(flag):
                self._negative_flags = True
        if listed_in is None:
            listed_in = self._optionals if action.option_strings else self._positionals
        listed_in._accept(action)
        if exclusive is not None:
            exclusive._accept(action)
        return action

    def _give_up_flag(self, flag):
        # conflict_handler='resolve': the older argument loses the flag, and disappears
        # altogether once it has none left.
        older = self._option_string_actions.pop(flag)
        older.option_strings.remove(flag)
        if older.option_strings:
            return
        self._actions.remove(older)
        for group in self._action_groups:
            if older in group._group_actions:
                group._group_actions.remove(older)

    def _positional_settings(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        # Only '?', and '*' given a default, may be left out.
        if nargs != OPTIONAL and (nargs != ZERO_OR_MORE or 'default' not in kwargs):
            kwargs['required'] = True
        kwargs.update(dest=dest, option_strings=[])
        return kwargs

    def _option_settings(self, flags, kwargs):
        chars = self.prefix_chars
        for flag in flags:
            if flag[0] not in chars:
                raise ValueError('invalid option string %r: must start with a character %r' % (flag, chars))
        if kwargs.get('dest') is None:
            # Named after the first long flag ("--dry-run" -> dry_run), else the first flag.
            longs = [f for f in flags if len(f) > 1 and f[1] in chars]
            name = (longs or flags)[0].lstrip(chars)
            if not name:
                raise ValueError('dest= is required for options like %r' % flags[-1])
            kwargs['dest'] = name.replace('-', '_')
        return dict(kwargs, option_strings=list(flags))

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        # With a title or description the subcommands get a section of their own.
        home = self._positionals
        titled = 'title' in kwargs or 'description' in kwargs
        if titled:
            home = self.add_argument_group(kwargs.pop('title', 'subcommands'), kwargs.pop('description', None))
        self._subparsers = home
        if kwargs.get('prog') is None:
            # Subcommand progs start with this parser's usage, options left out.
            fmt = self._get_formatter()
            fmt.add_usage(self.usage, [a for a in self._actions if not a.option_strings],
                          self._mutually_exclusive_groups, '')
            kwargs['prog'] = fmt.format_help().strip()
        kind = kwargs.pop('action', 'parsers')
        kind = _ACTIONS.get(kind, kind) if isinstance(kind, str) else kind
        action = kind(option_strings=[], **kwargs)
        return self._register(action, home)

    # -- parsing

    def parse_args(self, args=None, namespace=None):
        namespace, unknown = self.parse_known_args(args, namespace)
        if unknown:
            self.error('unrecognized arguments: %s' % ' '.join(unknown))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        # Defaults first, and only where the namespace has nothing yet: a namespace handed
        # in keeps its values, and a subparser's defaults do not undo the main parser's.
        seeds = [(a.dest, a.default) for a in self._actions if a.dest is not SUPPRESS and a.default is not SUPPRESS]
        for dest, value in seeds + list(self._defaults.items()):
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        try:
            namespace, unknown = _Matcher(self, args, namespace).run()
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        # Strings a subparser did not recognise travel up in the namespace.
        if hasattr(namespace, '_unrecognized_args'):
            unknown.extend(namespace._unrecognized_args)
            del namespace._unrecognized_args
        return namespace, unknown

    def _get_values(self, action, arg_strings):
        nargs = action.nargs
        # The first '--' only separates; a subcommand or REMAINDER sees every string.
        if nargs not in (PARSER, REMAINDER) and '--' in arg_strings:
            arg_strings.remove('--')
        if not arg_strings and nargs == OPTIONAL:
            # An option given bare takes its const, an absent positional its default;
            # a string there is converted as if it had been typed.
            value = action.const if action.option_strings else action.default
            if not isinstance(value, str):
                return value
            arg_strings = [value]
        if not arg_strings and nargs == ZERO_OR_MORE and not action.option_strings:
            value = arg_strings if action.default is None else action.default
            self._check_value(action, value)
            return value
        if len(arg_strings) == 1 and nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
            return value
        if nargs == SUPPRESS:
            return SUPPRESS
        values = [self._get_value(action, text) for text in arg_strings]
        if nargs == PARSER:
            # Only the subcommand's name must be one of the choices.
            self._check_value(action, values[0])
        elif nargs != REMAINDER:
            for value in values:
                self._check_value(action, value)
        return values

    def _get_value(self, action, arg_string):
        convert = _identity if action.type is None else action.type
        if not callable(convert):
            raise ArgumentError(action, '%r is not callable' % (convert,))
        try:
            return convert(arg_string)
        except ArgumentTypeError as err:
            # The converter's own words are the message.
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            kind = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (kind, arg_string))

    def _check_value(self, action, value):
        if action.choices is None or value in action.choices:
            return
        allowed = ', '.join([repr(choice) for choice in action.choices])
        raise ArgumentError(action, 'invalid choice: %r (choose from %s)' % (value, allowed))

    # -- help and exit

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def _formatter_with_usage(self):
        fmt = self._get_formatter()
        fmt.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return fmt

    def format_usage(self):
        return self._formatter_with_usage().format_help()

    def format_help(self):
        fmt = self._formatter_with_usage()
        fmt.add_text(self.description)
        for group in self._action_groups:
            fmt.start_section(group.title)
            fmt.add_text(group.description)
            fmt.add_arguments(group._group_actions)
            fmt.end_section()
        fmt.add_text(self.epilog)
        return fmt.format_help()

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if not message:
            return
        try:
            (_sys.stderr if file is None else file).write(message)
        except (AttributeError, OSError):
            # Like CPython: a closed or missing stream does not turn into a second error.
            pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, file=_sys.stderr)
        _sys.exit(status)

    def error(self, message):
        self.print_usage(_sys.stderr)
        self.exit(2, '%(prog)s: error: %(message)s\n' % {'prog': self.prog, 'message': message})


def _identity(value):
    return value
"""#
}
