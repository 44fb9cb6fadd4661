# an int subclass's own __str__ in %s, f-strings and format() (an IntEnum with __str__, as inspect's parameter kinds)
import enum
import inspect


class Eye(int):
    def __str__(self):
        return "eye"


class Level(enum.IntEnum):
    LOW = 1
    HIGH = 2

    def __str__(self):
        return self.name.lower()


class Ratio(float):
    def __str__(self):
        return "ratio"


print('%s' % Eye(3), '%s' % (Eye(3),), '%d' % Eye(3), '%x' % Eye(10), '%r' % Eye(3), '%5d|' % Eye(7))
print(f'{Eye(3)}', format(Eye(3)), format(Eye(3), '>4'), '{}'.format(Eye(3)))
print('%s' % Level.HIGH, f'{Level.LOW}', format(Level.HIGH, '>6'), '%d' % Level.HIGH, str(Level.LOW))
print('%s' % Ratio(1.5), f'{Ratio(1.5)}', '%.2f' % Ratio(1.5), '%s' % True, f'{True}')
kind = inspect.Parameter.KEYWORD_ONLY
print('%s' % kind, f'{kind}', f'{kind:>15}', '{}'.format(kind))
