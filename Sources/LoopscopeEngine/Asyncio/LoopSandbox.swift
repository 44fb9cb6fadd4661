// The loop methods that reach the outside world (sockets, servers, pipes,
// processes, signals, DNS): BaseEventLoop has them, so a program finds them,
// and each raises PermissionError naming the sandbox instead of an
// AttributeError that would suggest Loopscope lacks the API.
extension AsyncioTypes {
    static let sandboxedLoopMethods = [
        "create_connection", "create_server", "create_datagram_endpoint", "create_unix_connection",
        "create_unix_server", "connect_accepted_socket", "connect_read_pipe", "connect_write_pipe",
        "subprocess_exec", "subprocess_shell", "getaddrinfo", "getnameinfo", "start_tls", "sendfile",
        "sock_recv", "sock_recv_into", "sock_recvfrom", "sock_recvfrom_into", "sock_sendall",
        "sock_sendto", "sock_connect", "sock_accept", "sock_sendfile", "add_reader", "remove_reader",
        "add_writer", "remove_writer", "add_signal_handler", "remove_signal_handler",
    ]

    static var loopSandboxMethods: [(String, Value)] {
        sandboxedLoopMethods.map { name in
            method(EventLoop.self, name) { _, _, _ in
                throw PyError(BuiltinTypes.permissionError, "loopscope runs scripts in a sandbox: loop.\(name)() is not available")
            }
        }
    }
}
