# A missing colon is a SyntaxError with CPython 3.11's "expected ':'" wording.
print("never printed")
for i in range(3)
    print(i)
