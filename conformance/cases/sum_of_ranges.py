# sum() over ranges: huge, negative steps, empty, big-int starts and bounds, a float start.
print(sum(range(2**31)), sum(range(10)), sum(range(10, 0, -3)), sum(range(5), 100), sum(range(5), 2**70), sum(range(0)), sum(range(2**70, 2**70+5)), sum(range(-7, 9, 4), -1))
print(sum(range(3), 0.5))
