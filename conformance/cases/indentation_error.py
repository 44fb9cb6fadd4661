# A def with no indented body: IndentationError before anything runs.
print("never printed")


def greet(name):
print("hello", name)
