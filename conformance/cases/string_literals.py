# String literal forms: quotes, escapes, raw strings, triple quotes, concatenation.
print('single', "double", 'it\'s', "say \"hi\"")
print("tab:\t| newline escape below\nsecond line")
print(r"raw \n stays", R'C:\path\to')
print("""triple "quoted"
spans lines""")
print('''also
triple''')
print("adjacent " "literals " 'join')
print("\x41\u00e9\u2022\101", len("\\"), "\\n")
long = ("parenthesised "
        "continuation")
print(long, "backslash \
continuation")
print(f"f and {'raw'!r}", rf"\d{1 + 1}")
