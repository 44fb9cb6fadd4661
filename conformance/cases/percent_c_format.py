# %-formatting's %c: a code point (any int, via __index__) or a 1-char str.
class Code:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


def show(template, args):
    try:
        print(repr(template % args))
    except (TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)


show('%c', 65)
show('%c', 'a')
show('%c%c%c', ('é', 233, 0x1F600))
show('%5c|%-3c|%05c|%.3c|', (97, 'b', 'c', 'd'))
show('%(x)c-%(y)c', {'x': 120, 'y': 'y'})
show('%c', True)
show('%c', 0)
show('%c', 0x10FFFF)
show('%c', Code(66))
show('%c', (67,))
show('%c', 'ab')
show('%c', '')
show('%c', 1.5)
show('%c', 65.0)
show('%c', None)
show('%c', [65])
show('%c', -1)
show('%c', 0x110000)
show('%c', 2**70)
show('%c', -(2**70))
show('%c', Code(-5))
