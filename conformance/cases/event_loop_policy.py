# Event-loop policies: the default policy, a subclass that counts new loops.
import asyncio

policy = asyncio.get_event_loop_policy()
print(isinstance(policy, asyncio.AbstractEventLoopPolicy))
print(isinstance(policy, asyncio.DefaultEventLoopPolicy))

class CountingPolicy(asyncio.DefaultEventLoopPolicy):
    created = 0
    def new_event_loop(self):
        CountingPolicy.created += 1
        print("policy makes loop", CountingPolicy.created)
        return super().new_event_loop()

asyncio.set_event_loop_policy(CountingPolicy())

async def main():
    return "ran"

print(asyncio.run(main()))
print(asyncio.run(main()))
print(CountingPolicy.created)
asyncio.set_event_loop_policy(None)
print(isinstance(asyncio.get_event_loop_policy(), asyncio.DefaultEventLoopPolicy))
try:
    asyncio.set_event_loop_policy(object())
except TypeError as e:
    print("TypeError:", e)
