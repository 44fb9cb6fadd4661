# A package that is not installed: the same ModuleNotFoundError as python3 without it.
import asyncio

try:
    import surely_not_an_installed_package
except ModuleNotFoundError as e:
    print(type(e).__name__, "|", e, "|", e.name)

try:
    from surely_not_an_installed_package.sub import thing
except ImportError as e:
    print(type(e).__name__, "|", e, "|", e.name)


async def main():
    try:
        import another_missing_one  # inside a coroutine, at run time
    except ImportError as e:
        print("in main:", e)
    import ipdb_like_debugger


asyncio.run(main())
