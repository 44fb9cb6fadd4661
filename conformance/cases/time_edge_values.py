import asyncio
async def main():
    loop = asyncio.get_running_loop()
    await asyncio.sleep(float('nan'))
    print("slept nan", loop.time())
    loop.call_later(float('nan'), print, 'called nan')
    await asyncio.sleep(0.5)
    try:
        await asyncio.wait_for(asyncio.sleep(5), float('nan'))
    except TimeoutError:
        print('wait_for timed out at', loop.time())
    try:
        async with asyncio.timeout(float('nan')):
            await asyncio.sleep(5)
    except TimeoutError:
        print('timeout fired at', loop.time())
    try:
        await asyncio.sleep(10**400)
    except OverflowError as e:
        print('OverflowError:', e)
    try:
        loop.call_later(-10**400, print)
    except OverflowError as e:
        print('OverflowError:', e)
asyncio.run(main())
