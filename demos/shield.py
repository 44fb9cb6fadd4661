"""shield: stop waiting without stopping the work

asyncio.shield lets you stop waiting for a task without cancelling the
task.

save runs as Task-2 and needs 2 s. main (Task-1) only wants to wait 1 s,
so it waits through asyncio.shield(save_task).

At 1.0 s wait_for times out and cancels what it was given: the shield,
not Task-2. main prints that it stopped waiting, yet Task-2's lane runs
on and prints `save: written` at 2.0 s. main picks up the result by
awaiting the task itself.

Without the shield (see wait-for), the timeout would have cancelled the
save halfway. Shield work that must finish once started, such as a
write.
"""
import asyncio


async def save():
    print("save: writing...")
    await asyncio.sleep(2)
    print("save: written")
    return "saved"


async def main():
    save_task = asyncio.create_task(save())
    try:
        await asyncio.wait_for(asyncio.shield(save_task), timeout=1)
    except TimeoutError:
        print("main: stopped waiting after 1 s, the save goes on")
    result = await save_task
    print(f"main: {result}")


asyncio.run(main())
