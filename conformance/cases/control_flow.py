# if/elif/else, while/else, for/else, break, continue, chained comparisons.
for n in [3, 15, 9, 10, -1]:
    if n < 0:
        kind = "negative"
    elif n % 15 == 0:
        kind = "fizzbuzz"
    elif n % 3 == 0:
        kind = "fizz"
    elif 5 <= n < 11 and n % 5 == 0:
        kind = "buzz"
    else:
        kind = str(n)
    print(n, kind)

for x in range(2, 20):
    for d in range(2, x):
        if x % d == 0:
            break
    else:
        print("prime", x, end=" ")
print()
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i == 8:
        break
    print("even", i)
else:
    print("while finished without break")
k = 3
while k:
    k -= 1
else:
    print("while else runs when the condition fails")
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 == 2, "a" if 0 else "b", None or "default", 0 and 1)
x = [1, 2, 3]
y = x
print(x is y, x == [1, 2, 3], x is not [1, 2, 3], not x, 2 in x, 5 not in x)
del x[0]
del y
print(x)
