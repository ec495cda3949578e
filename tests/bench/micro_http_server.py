#!/usr/bin/env python3
"""The course's micro HTTP server: one thread, a raw TCP socket, one request per connection.

    python3 micro_http_server.py PORT FOLDER

Accepts a client, reads its request (one recv), opens the file the request line names under
FOLDER (index.html for "/"), sends it with a status line and a few headers, closes the
connection, and waits for the next client -- like the lab's script, which reads the page from
disk for every request. Used by bench_http.sh as a reference point; loopback only.
"""
import os
import socket
import sys


def answer(folder, request):
    parts = request.split(b" ", 2)
    path = parts[1].split(b"?", 1)[0].decode("latin-1") if len(parts) > 1 else "/"
    if path.endswith("/"):
        path += "index.html"
    name = os.path.normpath(os.path.join(folder, path.lstrip("/")))
    if not name.startswith(folder + os.sep):
        return b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    try:
        with open(name, "rb") as f:
            body = f.read()
    except OSError:
        return b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
    kind = b"text/html; charset=utf-8" if name.endswith(".html") else b"application/octet-stream"
    return (b"HTTP/1.1 200 OK\r\n"
            b"Content-Type: " + kind + b"\r\n"
            b"Content-Length: " + str(len(body)).encode() + b"\r\n"
            b"Connection: close\r\n\r\n" + body)


def main():
    port = int(sys.argv[1])
    folder = os.path.realpath(sys.argv[2])
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", port))
    server.listen(128)
    while True:
        conn, _ = server.accept()
        try:
            conn.sendall(answer(folder, conn.recv(4096)))
        except OSError:
            pass
        finally:
            conn.close()


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        pass
