# try/except/else/finally flow, including return inside finally.
def attempt(x):
    try:
        r = 10 // x
    except ZeroDivisionError:
        print("  except")
        return "failed"
    else:
        print("  else")
        return r
    finally:
        print("  finally")


print(attempt(2))
print(attempt(0))


def finally_wins():
    try:
        return "from try"
    finally:
        return "from finally"


def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "finally swallowed the exception"


print(finally_wins())
print(swallow())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("cleanup", i)
try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
