# %-formatting and str.format.
print("%s is %d years, %.1f%% done" % ("Bob", 42, 99.5))
print("%5s|%-5s|%05d|%x|%r" % ("a", "b", 42, 255, "q"))
print("%(x)s and %(y)s" % {"x": 1, "y": 2})
print("%s" % (1, ) , "%s %s" % ([1, 2], None))
print("{} {} {}".format(1, "two", 3.0))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Ann", age=30))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:.3f} {:,} {!r} {:08.2f}".format(2 / 3, 10 ** 6, "s", -3.14159))
print("{0[1]} {1[k]}".format([10, 20], {"k": "v"}))
print(format(3.5, ".2f"), format(42, "b"), format("x", "^5") + "|")
try:
    print("%d" % "nope")
except TypeError as e:
    print("TypeError:", e)
