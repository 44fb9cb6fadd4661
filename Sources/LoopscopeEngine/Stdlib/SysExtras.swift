// What `sys` offers beyond VM/VMModules.swift's core: `version_info` as the
// named tuple tutorials compare and read (`.major`), CPython's platform name.

extension Interpreter {
    func addSysExtras(_ ns: Namespace) {
        ns["_getframe"] = native("_getframe") { interp, a in
            let r = try a.between("_getframe", 0, 1, receiver: false)
            return try interp.getFrame(depth: r.isEmpty ? 0 : try interp.indexValue(r[0], "an integer"))
        }
        ns["platform"] = .str("linux")
        ns["version"] = .str("3.11.7 (main) [loopscope]")
        ns["hexversion"] = .int(0x030B07F0)
        ns["executable"] = .str("")
        ns["path"] = .list([])
        ns["dont_write_bytecode"] = .bool(true)
        addIntDigitLimit(ns)
        // Only the depth itself: the engine keeps no `cr_origin` frames.
        ns["get_coroutine_origin_tracking_depth"] = native("get_coroutine_origin_tracking_depth") { interp, _ in
            .int(interp.asyncio.originTrackingDepth)
        }
        ns["set_coroutine_origin_tracking_depth"] = native("set_coroutine_origin_tracking_depth") { interp, args in
            guard args.count > 0 else {
                throw PyError(BuiltinTypes.typeError, "set_coroutine_origin_tracking_depth() missing required argument 'depth' (pos 1)")
            }
            guard case .int(let depth) = args[0] else {
                throw PyError(BuiltinTypes.typeError, "'\(typeNameStatic(args[0]))' object cannot be interpreted as an integer")
            }
            if depth < 0 { throw PyError(BuiltinTypes.valueError, "depth must be >= 0") }
            interp.asyncio.originTrackingDepth = depth
            return .none
        }
        if let m = try? executeModuleSource(StdlibSources.sysinfo, name: "_sysinfo"),
           let v = m.namespace["version_info"] {
            ns["version_info"] = v
            ns["implementation"] = m.namespace["implementation"] ?? Value.none
        }
    }
}

extension StdlibSources {
    static let sysinfo = #"""
class version_info_type:
    _names = ("major", "minor", "micro", "releaselevel", "serial")

    def __init__(self, t):
        self._t = t

    major = property(lambda self: self._t[0])
    minor = property(lambda self: self._t[1])
    micro = property(lambda self: self._t[2])
    releaselevel = property(lambda self: self._t[3])
    serial = property(lambda self: self._t[4])

    def __getitem__(self, i):
        return self._t[i]

    def __len__(self):
        return 5

    def __iter__(self):
        return iter(self._t)

    def __hash__(self):
        return hash(self._t)

    def __eq__(self, other):
        return self._t == tuple(other)

    def __ne__(self, other):
        return self._t != tuple(other)

    def __lt__(self, other):
        return self._t < tuple(other)

    def __le__(self, other):
        return self._t <= tuple(other)

    def __gt__(self, other):
        return self._t > tuple(other)

    def __ge__(self, other):
        return self._t >= tuple(other)

    def __repr__(self):
        return "sys.version_info(" + ", ".join("%s=%r" % (n, v) for n, v in zip(self._names, self._t)) + ")"

version_info = version_info_type((3, 11, 7, "final", 0))

class _Implementation:
    name = "cpython"
    cache_tag = "cpython-311"
    version = version_info

    def __repr__(self):
        return "namespace(name='cpython', cache_tag='cpython-311', version=%r)" % (self.version,)

implementation = _Implementation()
"""#
}
