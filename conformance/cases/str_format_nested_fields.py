# str.format: a field's own automatic number is taken before the numbers of
# the fields nested in its format spec.
def show(template, *args, **kwargs):
    try:
        print(repr(template.format(*args, **kwargs)))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__, e)

show('{:>{}}|', 'x', 4)
show('{:{}.{}f}', 3.14159, 8, 2)
show('{!r:^{}}|', 'a', 7)
show('{:{}}{:{}}', 1, 3, 2, 4)
show('{:{fill}>{}}', 'z', 5, fill='*')
show('{0:{1}}', 'm', 4)
show('{0:{}}', 1, 2)
show('{:{1}}', 1, 2)
show('{:>{}}', 'x')
show('{:{:{}}}', 1, 2, 3)
show('{0:{1:{2}}}', 1, 2, 3)
