# str.casefold() is full Unicode case folding, not lower().
for s in ['ß', 'Straße', 'ẞ', 'ﬁne ﬂow ﬀ', 'ΣΑΣ ς', 'İstanbul', 'ı', 'µ', 'ſ', 'ŉ',
          'ᾳ ᾈ ῼ', 'ΐ', 'Ꭰꭰᏸ', 'ǅ', 'K', 'ABC xyz 123', '']:
    print(ascii(s.casefold()), len(s.casefold()), len(s.lower()))
print('Straße'.casefold() == 'STRASSE'.casefold(), 'ß'.lower(), 'ß'.upper())

# format(): the '%' type keeps its sign after inf and nan; 'r' is not a
# float presentation type.
for v in [1.5, float('inf'), float('-inf'), float('nan'), -0.0]:
    for spec in ['%', '.0%', '>10%', 'z.1%', '010%', '.3', '10.3', 'r', 'R', '10r']:
        try:
            print(spec, repr(format(v, spec)))
        except ValueError as e:
            print(spec, 'ValueError', e)
print(f'{float("inf"):%}', '{:.1%}'.format(float('nan')), '%s' % format(2.5, '%'))
