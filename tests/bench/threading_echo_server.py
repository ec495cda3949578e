#!/usr/bin/env python3
"""The classic course echo server: socketserver.ThreadingTCPServer, one thread per client,
recv(1024) / sendall(). Used by bench_tcp_echo as the reference peer.

    threading_echo_server.py [--backlog N]     (prints the port it listens on, then serves)
"""
import argparse
import socketserver
import sys


class EchoHandler(socketserver.BaseRequestHandler):
    def handle(self):
        try:
            while True:
                data = self.request.recv(1024)
                if not data:
                    break
                self.request.sendall(data)
        except ConnectionError:
            pass  # the load generator closes with a request in flight


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--backlog", type=int, default=5,
                        help="listen backlog (request_queue_size); the classic default is 5")
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args()

    class Server(socketserver.ThreadingTCPServer):
        allow_reuse_address = True
        daemon_threads = True
        request_queue_size = args.backlog

    with Server(("127.0.0.1", args.port), EchoHandler) as server:
        print(server.server_address[1], flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
