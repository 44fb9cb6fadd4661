# No asyncio at all: an uncaught KeyError ends the program with exit code 1.
settings = {"mode": "fast"}
print("mode is", settings["mode"])
print("level is", settings["level"])
