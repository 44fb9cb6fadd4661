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
