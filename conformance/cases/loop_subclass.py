# A Python subclass of SelectorEventLoop overriding a method.
import asyncio

class TracingLoop(asyncio.SelectorEventLoop):
    def call_soon(self, callback, *args, context=None):
        print("call_soon", getattr(callback, "__name__", type(callback).__name__))
        return super().call_soon(callback, *args, context=context)

def hello(name):
    print("hello", name)

loop = TracingLoop()
print(isinstance(loop, asyncio.AbstractEventLoop), isinstance(loop, asyncio.BaseEventLoop))
loop.call_soon(hello, "world")
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
print(issubclass(asyncio.SelectorEventLoop, asyncio.BaseEventLoop))
