# The traceback module over frame objects: walk_stack from a frame,
# extract_stack/print_stack with f=, a traceback's tb_frame and walk_tb.
import sys
import traceback


def level2():
    f = sys._getframe()
    for frame, lineno in traceback.walk_stack(f):
        print("walk_stack:", frame.f_code.co_name, lineno)
        if frame.f_code.co_name == "<module>":
            break
    print(traceback.extract_stack(f, limit=2))
    traceback.print_stack(f.f_back, limit=2, file=sys.stdout)
    summary = traceback.StackSummary.extract(traceback.walk_stack(f), limit=1)
    print(summary.format())


def level1():
    level2()


level1()


def fails(n):
    if n == 0:
        raise KeyError("deep")
    fails(n - 1)


try:
    fails(2)
except KeyError as e:
    tb = e.__traceback__
    print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
    for frame, lineno in traceback.walk_tb(tb):
        print("walk_tb:", frame.f_code.co_name, frame.f_code.co_filename, lineno)
    print(traceback.StackSummary.extract(traceback.walk_tb(tb)).format()[-1], end="")
