# Tabs and spaces mixed inconsistently in one block: TabError.
if True:
        print("eight spaces")
	print("one tab")
