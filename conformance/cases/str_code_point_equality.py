# str equality, ordering and dict keys compare code points: a precomposed
# letter and its decomposed form are different strings (built at run time
# here, so no two literals are involved).
composed = chr(0xE9)
decomposed = 'e' + chr(0x301)
print(composed == decomposed, composed != decomposed, len(composed), len(decomposed))
print(decomposed < composed, composed < decomposed, sorted([composed, decomposed]) == [decomposed, composed])
d = {composed: 'one'}
d[decomposed] = 'two'
print(len(d), [ascii(k) for k in d], decomposed in d, composed in [decomposed], [decomposed].count(composed))
s = {composed, decomposed}
print(len(s), decomposed.startswith('e'), composed.startswith('e'), decomposed.find(chr(0x301)))
print(ascii(composed.upper()), ascii(decomposed.upper()), composed.upper() == decomposed.upper())

# Two literals that Swift would merge as equal constants.
lit_a = '\u00e9'
lit_b = 'e\u0301'
print(len(lit_a), len(lit_b), lit_a == lit_b, ascii(lit_b))
