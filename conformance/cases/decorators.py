# Function decorators, with and without arguments.
def shout(func):
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs).upper() + "!"
    return wrapper


def repeat(times):
    def decorate(func):
        def wrapper(*args):
            return [func(*args) for _ in range(times)]
        return wrapper
    return decorate


calls = []


def logged(func):
    def wrapper(*args):
        calls.append(func.__name__)
        return func(*args)
    return wrapper


@shout
def greet(name):
    return f"hello {name}"


@repeat(3)
@logged
def roll(n):
    return n * 2


print(greet("ada"))
print(roll(5), calls)
print(greet.__name__, roll.__name__)
