"""Backpressure: a bounded queue slows the fast producer down

A Queue with a maxsize makes a fast producer wait for a slow consumer.

The producer (Task-2) can make items instantly; the consumer (Task-3)
needs 1 s per item. The queue holds at most 2 (maxsize=2).

At 0.0 s the producer puts items 1 and 2 and the queue is full, so its
put of item 3 suspends: its lane waits on Queue.put(). The consumer
takes item 1, which frees a slot and wakes the producer; item 3 goes
in and the producer blocks again on item 4. From then on the producer
moves in step with the consumer: one item in each time one comes out,
every second.

Without maxsize the producer would race ahead and the queue would grow
without limit. A bounded queue turns "too much work" into waiting,
which keeps memory in check and makes the slow stage set the pace.
"""
import asyncio


async def producer(queue):
    for item in range(1, 6):
        print(f"producer: putting item {item}")
        await queue.put(item)  # waits while the queue is full
        print(f"producer: item {item} queued ({queue.qsize()} waiting)")
    print("producer: all items queued")


async def consumer(queue):
    for _ in range(5):
        item = await queue.get()
        await asyncio.sleep(1)
        print(f"consumer: handled item {item}")


async def main():
    queue = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(queue), consumer(queue))


asyncio.run(main())
