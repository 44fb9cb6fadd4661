# except* bodies may not leave with return/break/continue (a break in a loop of its own is fine).
async def handle(items):
    try:
        await items.process()
    except* ValueError:
        for item in items:
            if item:
                break
        return None
