"""A race condition: an await between read and write loses an update

An await between reading shared data and writing it back lets another
task change it in between, and an update is lost.

The account holds 100. alice (Task-2) withdraws 30 and bob (Task-3)
withdraws 50, so it should end at 20.

Round 1: each task reads the balance, then awaits the slow bank for
0.1 s, then writes back what it read minus its amount. Both read 100
before either writes. alice writes 70, then bob writes 50, overwriting
alice's update: the account ends at 50 and alice's 30 is gone.

One thread does not mean no races. Any await between a read and the
write that depends on it is a point where another task can slip in.

Round 2: each withdrawal runs under an asyncio.Lock. bob's lane waits on
Lock.acquire() until alice has read and written; then he reads 70 and
writes 20. The lock makes read-await-write one step as far as the other
tasks can tell (see lock).
"""
import asyncio


async def withdraw(account, who, amount):
    balance = account["balance"]  # read
    print(f"{who}: sees {balance}")
    await asyncio.sleep(0.1)  # the bank is slow; others run meanwhile
    account["balance"] = balance - amount  # write, from a stale read
    print(f"{who}: sets {account['balance']}")


async def withdraw_locked(account, who, amount, lock):
    async with lock:
        await withdraw(account, who, amount)


async def main():
    account = {"balance": 100}
    await asyncio.gather(withdraw(account, "alice", 30), withdraw(account, "bob", 50))
    print(f"without a lock: balance = {account['balance']} (expected 20)")

    account = {"balance": 100}
    lock = asyncio.Lock()
    await asyncio.gather(withdraw_locked(account, "alice", 30, lock),
                         withdraw_locked(account, "bob", 50, lock))
    print(f"with a lock: balance = {account['balance']}")


asyncio.run(main())
