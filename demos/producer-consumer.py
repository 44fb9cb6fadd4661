"""Producer and consumers: a Queue, task_done and join

A Queue hands work from producers to consumers, and join waits until
every item has been processed.

main (Task-1) runs the kitchen, which places an order every 0.5 s;
two waiters (Task-2 and Task-3) each take an order from the queue and
spend 1.2 s serving it.

At first the waiters are idle: their lanes wait on Queue.get(), and each
new order wakes the waiter that has waited longest. From 1.5 s orders
arrive faster than they are served, so order 3 sits in the queue until
waiter 1 is free at 1.7 s.

When the kitchen is done (2.0 s), main waits on queue.join(). join
returns once every order put in the queue has been marked task_done by
a waiter: at 3.4 s. The waiters loop forever, so main cancels them at
the end; a Queue does not know when its consumers should stop.
"""
import asyncio


async def kitchen(queue):
    for number in range(1, 5):
        await asyncio.sleep(0.5)
        await queue.put(f"order {number}")
        print(f"kitchen: order {number} ready")


async def waiter(name, queue):
    while True:
        order = await queue.get()
        print(f"{name}: serving {order}")
        await asyncio.sleep(1.2)
        print(f"{name}: {order} served")
        queue.task_done()


async def main():
    queue = asyncio.Queue()
    waiters = [asyncio.create_task(waiter(f"waiter {i}", queue)) for i in (1, 2)]
    await kitchen(queue)
    print("main: kitchen closed, waiting for queue.join()")
    await queue.join()
    print("main: every order served")
    for task in waiters:
        task.cancel()


asyncio.run(main())
