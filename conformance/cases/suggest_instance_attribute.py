# Suggestions for instance attributes: instance dict, class attributes, methods; none when nothing is close.
class Counter:
    def __init__(self):
        self.count = 0

    def increment(self):
        self.count += 1

c = Counter()
for attr in ["cnt", "incremnt", "Count", "zzzzzz"]:
    try:
        getattr(c, attr)
    except AttributeError as e:
        print(e)
c.incremnet()
