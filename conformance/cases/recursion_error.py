# Unbounded recursion hits the recursion limit (about 1000 frames).
def depth(n):
    return depth(n + 1)


def count_down(n):
    return 0 if n == 0 else 1 + count_down(n - 1)


print(count_down(900))
try:
    depth(0)
except RecursionError as e:
    print("caught:", e)
depth(0)
