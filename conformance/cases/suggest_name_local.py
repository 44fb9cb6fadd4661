# NameError suggestions look at the frame's locals first, then globals, then builtins.
results_total = 10

def report(items):
    item_count = len(items)
    print("counted", item_count)
    return item_cont

def caught():
    try:
        lenght = 3
        return lengt
    except NameError as e:
        print("caught:", e, e.name)

caught()
report([1, 2])
