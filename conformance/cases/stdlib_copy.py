# copy: shallow copies share inner objects, deep copies do not (lists, dicts, instances, __deepcopy__, enum members).
import copy
import enum


class Colour(enum.Enum):
    RED = 1


class Config:
    def __init__(self):
        self.name = "base"
        self.tags = ["a"]
        self.colour = Colour.RED


class Cached:
    def __deepcopy__(self, memo):
        print("custom deepcopy")
        return "replacement"


state = {"items": [1, [2, 3]], "cfg": Config(), "t": (1, [2])}
shallow = copy.copy(state)
deep = copy.deepcopy(state)
state["items"][1].append(4)
state["cfg"].tags.append("b")
print(shallow["items"], deep["items"], shallow["cfg"] is state["cfg"], deep["cfg"] is state["cfg"])
print(deep["cfg"].tags, deep["cfg"].colour is Colour.RED, deep["t"], deep["t"] is state["t"])
c = copy.copy(Config())
print(c.name, c.tags, type(c).__name__, copy.deepcopy(Cached()), copy.deepcopy((1, "a")) == (1, "a"))
shared = [0]
pair = [shared, shared]
dup = copy.deepcopy(pair)
print(dup[0] is dup[1], dup[0] is shared)
