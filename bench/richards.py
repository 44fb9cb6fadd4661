# Benchmark: object-heavy code in the style of the classic "richards"
# operating-system simulation (written for Loopscope): a scheduler picks the
# highest-priority runnable task; tasks exchange message packets, block,
# resume and hold. Instance creation, method calls, attribute reads and
# writes and isinstance checks, no asyncio.

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
BUFFER = 4


class Packet:
    def __init__(self, link, owner, kind):
        self.link = link
        self.owner = owner
        self.kind = kind
        self.count = 0
        self.data = [0] * BUFFER

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        tail = queue
        while tail.link is not None:
            tail = tail.link
        tail.link = self
        return queue


class Task:
    def __init__(self, system, ident, priority, inbox):
        self.system = system
        self.ident = ident
        self.priority = priority
        self.inbox = inbox
        self.waiting = inbox is None
        self.held = False
        system.register(self)

    @property
    def runnable(self):
        return not self.held and (not self.waiting or self.inbox is not None)

    def take(self):
        packet = self.inbox
        self.inbox = packet.link
        self.waiting = False
        return packet

    def receive(self, packet):
        self.inbox = packet.append_to(self.inbox)
        return self.priority > self.system.current.priority


class Idle(Task):
    def __init__(self, system, ident, priority, seed):
        super().__init__(system, ident, priority, None)
        self.waiting = False
        self.seed = seed
        self.rounds = 0

    def step(self, packet):
        self.rounds -= 1
        if self.rounds < 0:
            return self.system.hold_self()
        if self.seed & 1 == 0:
            self.seed >>= 1
            return self.system.release(DEVICE_A)
        self.seed = (self.seed >> 1) ^ 0xD008
        return self.system.release(DEVICE_B)


class Worker(Task):
    def __init__(self, system, ident, priority, inbox):
        super().__init__(system, ident, priority, inbox)
        self.target = HANDLER_A
        self.letter = 0

    def step(self, packet):
        if packet is None:
            return self.system.wait()
        self.target = HANDLER_B if self.target == HANDLER_A else HANDLER_A
        packet.owner = self.target
        packet.count = 0
        for i in range(BUFFER):
            self.letter = self.letter % 26 + 1
            packet.data[i] = self.letter
        return self.system.send(packet, self.target)


class Handler(Task):
    def __init__(self, system, ident, priority, inbox, device):
        super().__init__(system, ident, priority, inbox)
        self.device = device
        self.work = None
        self.devices = None

    def step(self, packet):
        if packet is not None:
            if packet.kind == WORKER:
                self.work = packet.append_to(self.work)
            else:
                self.devices = packet.append_to(self.devices)
        if self.work is not None:
            job = self.work
            if job.count < BUFFER:
                if self.devices is not None:
                    dev = self.devices
                    self.devices = dev.link
                    dev.count = job.data[job.count]
                    job.count += 1
                    return self.system.send(dev, self.device)
            else:
                self.work = job.link
                return self.system.send(job, WORKER)
        return self.system.wait()


class Device(Task):
    def __init__(self, system, ident, priority):
        super().__init__(system, ident, priority, None)
        self.pending = None

    def step(self, packet):
        if packet is None:
            if self.pending is None:
                return self.system.wait()
            out, self.pending = self.pending, None
            return self.system.send(out, out.owner)
        self.pending = packet
        self.system.checksum += packet.count
        return self.system.hold_self()


class System:
    def __init__(self):
        self.tasks = [None] * 6
        self.current = None
        self.checksum = 0
        self.switches = 0

    def register(self, task):
        self.tasks[task.ident] = task

    def wait(self):
        self.current.waiting = True
        return self.current

    def hold_self(self):
        self.current.held = True
        return self.current

    def release(self, ident):
        task = self.tasks[ident]
        task.held = False
        return task if task.priority > self.current.priority else self.current

    def send(self, packet, ident):
        task = self.tasks[ident]
        packet.owner = self.current.ident
        if task.receive(packet):
            return task
        return self.current

    def run(self):
        order = sorted(self.tasks, key=lambda t: -t.priority)
        while True:
            task = next((t for t in order if t.runnable), None)
            if task is None:
                return
            self.current = task
            self.switches += 1
            packet = task.take() if task.inbox is not None and not task.held else None
            task.step(packet)


def simulate(rounds):
    system = System()
    Idle(system, IDLE, 1, 1).rounds = rounds
    work = Packet(Packet(None, 0, WORKER), 0, WORKER)
    Worker(system, WORKER, 1000, work)
    for ident, dev in ((HANDLER_A, DEVICE_A), (HANDLER_B, DEVICE_B)):
        queue = None
        for _ in range(3):
            queue = Packet(queue, dev, DEVICE_A)
        Handler(system, ident, 2000 + ident, queue, dev)
    Device(system, DEVICE_A, 4000)
    Device(system, DEVICE_B, 5000)
    system.run()
    return system.switches, system.checksum


results = [simulate(2_000 + 500 * k) for k in range(6)]
print("richards", results)
