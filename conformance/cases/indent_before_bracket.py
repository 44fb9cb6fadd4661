# An unexpected indent comes before an unmatched bracket: CPython reports the indent.
x = 1
    y = 2
z = ]
