# string constants, capwords and Template; textwrap wrap, fill, shorten, dedent and indent.
import string
import textwrap

print(string.ascii_lowercase, string.ascii_uppercase, string.digits, string.hexdigits)
print(string.punctuation, repr(string.whitespace), string.capwords(" the  quick   fox "))
t = string.Template("$task finished in ${secs}s ($$0 spent)")
print(t.substitute(task="download", secs=1.5), "|", t.safe_substitute(task="upload"))
print(t.get_identifiers())
try:
    string.Template("cost: $").substitute()
except ValueError as e:
    print("ValueError:", e)
try:
    t.substitute(task="x")
except KeyError as e:
    print("KeyError:", e)
text = ("Coroutines are declared with async def; awaiting one suspends the caller until "
        "the awaited object has a result, letting the event loop run other tasks meanwhile.")
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(text, width=50), textwrap.shorten("short one", width=50))
block = """
    def main():
        await asyncio.sleep(1)
"""
print(textwrap.dedent(block), end="")
print(textwrap.indent("line one\n\nline two\n", "> "), end="")
print(textwrap.fill("state-of-the-art event-loop scheduling", width=10))
