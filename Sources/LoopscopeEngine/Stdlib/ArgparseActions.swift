// `argparse`, part 1 of 4: Namespace, the errors and the actions (store,
// store_true/false, count, append, extend, version, help, BooleanOptionalAction),
// written in Python to behave as CPython 3.11's argparse. The module is the four
// parts in order (StdlibRegistry.swift).

extension StdlibSources {
    static let argparseActions = #"""
import os as _os, re as _re, sys as _sys, textwrap as _textwrap

__all__ = """ArgumentParser ArgumentError ArgumentTypeError BooleanOptionalAction FileType
HelpFormatter ArgumentDefaultsHelpFormatter RawDescriptionHelpFormatter RawTextHelpFormatter
MetavarTypeHelpFormatter Namespace Action ONE_OR_MORE OPTIONAL PARSER REMAINDER SUPPRESS
ZERO_OR_MORE""".split()

SUPPRESS = '==SUPPRESS=='
# The nargs markers (user code compares with them, so CPython's values).
OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE = '?', '*', '+'
PARSER, REMAINDER = 'A...', '...'


class _Described:
    # One repr for namespaces, actions and parsers: "Type(name=value, ...)", where names
    # that are not identifiers (a dest like "not valid") go into a trailing **{...}.
    def _get_kwargs(self):
        return list(vars(self).items())

    def __repr__(self):
        shown = [n + '=' + repr(v) for n, v in self._get_kwargs() if n.isidentifier()]
        odd = {n: v for n, v in self._get_kwargs() if not n.isidentifier()}
        if odd:
            shown.append('**' + repr(odd))
        return type(self).__name__ + '(' + ', '.join(shown) + ')'


class Namespace(_Described):
    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __eq__(self, other):
        return vars(self) == vars(other) if isinstance(other, Namespace) else NotImplemented

    def __contains__(self, key):
        return key in vars(self)


def _name_of(action):
    """How messages name an argument: its flags, else its metavar or dest, else its choices."""
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    for label in (action.metavar, action.dest):
        if label is not None and label is not SUPPRESS:
            return label
    if action.choices:
        return '{%s}' % ','.join(action.choices)
    return None


class ArgumentError(Exception):
    def __init__(self, argument, message):
        self.argument_name = _name_of(argument)
        self.message = message

    def __str__(self):
        who = self.argument_name
        return self.message if who is None else 'argument %s: %s' % (who, self.message)


class ArgumentTypeError(Exception):
    pass


# ---------------------------------------------------------------- actions

_ACTION_FIELDS = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices',
                  'required', 'help', 'metavar')


class Action(_Described):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        given = (option_strings, dest, nargs, const, default, type, choices, required, help, metavar)
        for field, value in zip(_ACTION_FIELDS, given):
            setattr(self, field, value)

    def _get_kwargs(self):
        return [(field, getattr(self, field)) for field in _ACTION_FIELDS]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')

    def format_usage(self):
        return self.option_strings[0]   # how an option is named in usage lines


class _Assigning(Action):
    # The built-in actions all end by assigning one value to the dest; they differ only in
    # how that value comes from the strings given and what the namespace held before.
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self._new_value(namespace, values))


def _refuse_bad_nargs(nargs, const, zero_message):
    if nargs == 0:
        raise ValueError(zero_message)
    if nargs != OPTIONAL and const is not None:
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


def _grown(namespace, dest, more):
    # A copy, never the list itself: a default list is shared by every parse of the parser.
    before = getattr(namespace, dest, None)
    after = [] if before is None else list(before)
    after.extend(more)
    return after


class _StoreAction(_Assigning):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        _refuse_bad_nargs(nargs, const, 'nargs for store actions must be != 0; if you have nothing '
                          'to store, actions such as store true or store const may be more appropriate')
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required,
                         help, metavar)

    def _new_value(self, namespace, values):
        return values


class _StoreConstAction(_Assigning):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None,
                 metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help)

    def _new_value(self, namespace, values):
        return self.const


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, False, default, required, help)


class _AppendAction(_Assigning):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        _refuse_bad_nargs(nargs, const, 'nargs for append actions must be != 0; if arg strings are '
                          'not supplying the value to append, the append const action may be more '
                          'appropriate')
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required,
                         help, metavar)

    def _new_value(self, namespace, values):
        return _grown(namespace, self.dest, [values])


class _ExtendAction(_AppendAction):
    def _new_value(self, namespace, values):
        return _grown(namespace, self.dest, values)


class _AppendConstAction(_Assigning):
    def __init__(self, option_strings, dest, const=None, default=None, required=False, help=None,
                 metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, metavar=metavar)

    def _new_value(self, namespace, values):
        return _grown(namespace, self.dest, [self.const])


class _CountAction(_Assigning):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, required=required,
                         help=help)

    def _new_value(self, namespace, values):
        so_far = getattr(namespace, self.dest, None)
        return 1 if so_far is None else so_far + 1


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        # -h ends the program once the help is out: exit status 0, nothing parsed after it.
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = parser.version if self.version is None else self.version
        # Through a formatter, so "%(prog)s" expands and the text is wrapped like help.
        fmt = parser._get_formatter()
        fmt.add_text(text)
        parser._print_message(fmt.format_help(), _sys.stdout)
        parser.exit()


class BooleanOptionalAction(Action):
    def __init__(self, option_strings, dest, default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        flags = []
        for flag in option_strings:
            flags.append(flag)
            if flag[:2] == '--':
                flags.append('--no-' + flag[2:])
        super().__init__(flags, dest, nargs=0, default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string not in self.option_strings:
            return
        setattr(namespace, self.dest, option_string[:5] != '--no-')

    def format_usage(self):
        return ' | '.join(self.option_strings)


class FileType:
    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode

    def __call__(self, string):
        if string != '-':
            # Programs run sandboxed: naming any real file is refused.
            import _loopscope
            _loopscope.sandbox('opening files')
        return _sys.stdin if 'r' in self._mode else _sys.stdout


# The action= names add_argument understands.
_ACTIONS = {
    None: _StoreAction, 'store': _StoreAction, 'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction, 'store_false': _StoreFalseAction,
    'append': _AppendAction, 'append_const': _AppendConstAction, 'extend': _ExtendAction,
    'count': _CountAction, 'help': _HelpAction, 'version': _VersionAction,
}
"""#
}
