# exit() (site's Quitter) raises SystemExit: finally blocks run, the code is the exit status.
try:
    print("before exit")
    exit(4)
finally:
    print("finally runs")
print("not reached")
