#!/usr/bin/env python3
"""The course's micro HTTP server: one thread, a raw TCP socket, one request per connection.

    python3 micro_http_server.py PORT PAGE_FILE

Accepts a client, reads its request (one recv), sends the page with a status line and a few
headers, closes the connection, and waits for the next client -- exactly like the lab's script.
Used by bench_http.sh as a reference point; loopback only.
"""
import socket
import sys


def main():
    port = int(sys.argv[1])
    with open(sys.argv[2], "rb") as f:
        page = f.read()
    response = (b"HTTP/1.1 200 OK\r\n"
                b"Content-Type: text/html; charset=utf-8\r\n"
                b"Content-Length: " + str(len(page)).encode() + b"\r\n"
                b"Connection: close\r\n\r\n" + page)
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", port))
    server.listen(128)
    while True:
        conn, _ = server.accept()
        try:
            conn.recv(4096)
            conn.sendall(response)
        except OSError:
            pass
        finally:
            conn.close()


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        pass
