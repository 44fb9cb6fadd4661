# quit() with no code exits 0; SystemExit can be caught like any exception.
try:
    quit(7)
except SystemExit as e:
    print("caught", e.code)
print("then quit()")
quit()
