# Benchmark: float arithmetic in the style of an n-body simulation (written
# for Loopscope): five bodies under mutual gravity, leapfrog steps, the
# total energy printed before and after. Floats in lists, tuples unpacked,
# nested loops over pairs; no asyncio.

SOLAR_MASS = 39.47841760435743
DAYS = 365.24

# name, position (AU), velocity (AU/day), mass (solar masses)
BODIES = [
    ("sun", (0.0, 0.0, 0.0), (0.0, 0.0, 0.0), 1.0),
    ("inner", (4.8, -1.2, -0.1), (0.0016, 0.0077, -0.00007), 0.00095),
    ("middle", (8.3, 4.1, -0.4), (-0.0028, 0.0050, 0.00002), 0.00028),
    ("outer", (12.9, -15.1, -0.22), (0.0030, 0.0024, -0.00003), 0.000044),
    ("far", (15.4, -25.9, 0.18), (0.0027, 0.0016, -0.00009), 0.000051),
]


def make_system():
    system = []
    for _, pos, vel, mass in BODIES:
        system.append([list(pos), [v * DAYS for v in vel], mass * SOLAR_MASS])
    return system


def centre(system):
    px = py = pz = 0.0
    for _, v, m in system:
        px -= v[0] * m
        py -= v[1] * m
        pz -= v[2] * m
    sun_v, sun_m = system[0][1], system[0][2]
    sun_v[0], sun_v[1], sun_v[2] = px / sun_m, py / sun_m, pz / sun_m


def energy(system):
    e = 0.0
    for i, (p, v, m) in enumerate(system):
        e += 0.5 * m * (v[0] * v[0] + v[1] * v[1] + v[2] * v[2])
        for q, _, m2 in system[i + 1:]:
            dx, dy, dz = p[0] - q[0], p[1] - q[1], p[2] - q[2]
            e -= m * m2 / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def advance(system, pairs, dt, steps):
    for _ in range(steps):
        for (p1, v1, m1), (p2, v2, m2) in pairs:
            dx = p1[0] - p2[0]
            dy = p1[1] - p2[1]
            dz = p1[2] - p2[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            b1, b2 = m1 * mag, m2 * mag
            v1[0] -= dx * b2
            v1[1] -= dy * b2
            v1[2] -= dz * b2
            v2[0] += dx * b1
            v2[1] += dy * b1
            v2[2] += dz * b1
        for p, v, _ in system:
            p[0] += dt * v[0]
            p[1] += dt * v[1]
            p[2] += dt * v[2]


system = make_system()
centre(system)
pairs = [(system[i], system[j]) for i in range(5) for j in range(i + 1, 5)]
print(f"energy before {energy(system):.12f}")
advance(system, pairs, 0.01, 40_000)
print(f"energy after  {energy(system):.12f}")
print("sun at", [round(c, 9) for c in system[0][0]])
