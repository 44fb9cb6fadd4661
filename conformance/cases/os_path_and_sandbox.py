# os imports in the sandbox: os.path string functions work; files, processes and the environment do not.
from __future__ import annotations
import os
import os.path
from os.path import join, splitext

print(os.sep, repr(os.linesep), os.name, os.curdir, os.pardir, os.pathsep)
print(join("data", "raw", "x.csv"), join("/a", "/b", "c"), join("a/", "b"), os.path.join("a", ""))
print(os.path.basename("/srv/app/main.py"), os.path.dirname("/srv/app/main.py"), os.path.dirname("x"))
print(os.path.split("/srv/app/"), os.path.split("file"), os.path.split("//top"))
print(splitext("archive.tar.gz"), splitext(".bashrc"), splitext("a/b.c/d"), splitext("..x"))
print(os.path.normpath("/a/./b/../c//d/"), os.path.normpath("../x/../../y"), os.path.normpath(""))
print(os.path.isabs("/x"), os.path.isabs("x"), os.path.abspath("/a/b/../c"))
print(os.path.commonprefix(["/usr/lib", "/usr/local"]), os.path.commonpath(["/usr/lib", "/usr/local"]))
print(os.path.relpath("/a/b/c", "/a/d"), os.path.splitdrive("/x/y"))
print(os.getpid() == os.getpid(), isinstance(os.getpid(), int), os.cpu_count() > 0)
print(os.environ.get("HOME", "no home"), os.getenv("PATH"), "USER" in os.environ)
try:
    os.environ["MODE"]
except KeyError as e:
    print("KeyError", e)
print(os.path is os.path, os.error is OSError, os.fspath("p"))


def typed(x: Undefined) -> AlsoUndefined:
    return x


print(typed(3))
try:
    os.path.join("a", 3)
except TypeError as e:
    print("TypeError", e)
