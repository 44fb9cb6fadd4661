# Benchmark: start-up. The smallest program: what a user waits for before
# anything runs.
print("Hello, world!")
