# A seeded Mersenne Twister gives the same numbers every run.
import random

random.seed(42)
print(random.random(), random.random())
print(random.randint(1, 6), random.randint(1, 6), random.randint(-100, 100))
print(random.choice(["red", "green", "blue"]), random.choice(range(100)))
deck = list(range(10))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 5), random.sample("abcdefg", 3))
print(random.uniform(1, 10), random.randrange(10), random.randrange(0, 100, 5))
print(random.randint(0, 2 ** 40), random.randrange(1000000))
random.seed(42)
print(random.random())
random.seed(2024)
print([random.randint(0, 9) for _ in range(12)])
