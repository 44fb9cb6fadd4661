# inspect.getsource finds where each block ends as CPython's tokenize-based BlockFinder does: strings, continuations, comments, one-liners, decorators
import functools
import inspect


def quoted(a="x, )", b='''
def not_a_def():
''', *, c=f"{'}'}"):
    s = """
  text at column 2 inside a string
    \""" still inside
"""
    t = 'it\'s' + r'\d' + "\\"
    return (a,
  b, s, t)
    # indented comment after the body: included


def continued(x): \
        return x


def oneliner(): return [
    1,
]
oneliner_after = 1


def with_tabs(n):
	if n:
		return 1
	return 0
# column-0 comment: not included


def deco(fn):
    return fn


@deco
@functools.lru_cache(maxsize=None)
def decorated(n):
    return n


class Outer:
    @staticmethod
    def method(
        a,
        b,
    ):
        # a comment
        return a + b

    class Inner:
        x = [lambda: 1,
             lambda y: y]

    def after(self):
        pass


def make():
    def inner():
        return "inner"
    class LocalClass:
        value = 1
    return inner, LocalClass


inner, LocalClass = make()
for obj in [quoted, continued, oneliner, with_tabs, decorated, Outer.method, Outer.Inner,
            Outer.Inner.x[1], Outer.after, inner, LocalClass]:
    lines, start = inspect.getsourcelines(obj)
    print(f"--- {getattr(obj, '__qualname__', obj)} from line {start}, {len(lines)} lines")
    print("".join(lines), end="")


def deep(n):
    if n:
        return deep(n - 1)
    return len(inspect.stack())

print("deep stack:", deep(300) - len(inspect.stack()))
