# Benchmark: a tree of tasks, 6 levels of 6 branches (55,987 nodes), each
# inner node starting its children in an asyncio.TaskGroup; no leaf work.
import asyncio


async def visit(level, label):
    if level == 6:
        return label % 3
    async with asyncio.TaskGroup() as group:
        kids = [group.create_task(visit(level + 1, label * 6 + j)) for j in range(6)]
    return sum(k.result() for k in kids)


print("taskgroup tree", asyncio.run(visit(0, 3)))
