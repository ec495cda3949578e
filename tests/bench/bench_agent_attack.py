#!/usr/bin/env python3
"""netlab-agent memory under unauthenticated attacks on loopback, against the shipped unit's
MemoryMax=64M: for each pattern, the agent's VmRSS while the attack holds and its VmHWM.

    python3 tests/bench/bench_agent_attack.py build/bin/netlab-agent

Patterns (none sends a token):
  pipelining  2,000 x GET /api/v1/readings?since=0&limit=10000 on one connection, never read
  bodies      PUT /api/v1/led with an 8 MB body on 40 connections (sent as fast as taken)
  idle        600 connections that send nothing
  subscribers 64 SSE subscribers from one address that never read, then one from 127.0.0.2
Every loop is bounded in count and time; traffic goes to 127.0.0.1 only.
"""
import os, re, socket, subprocess, sys, tempfile, time

CAP_KIB = 64 * 1024


def status(pid, field):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def connect(port, source="127.0.0.1"):
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    s.bind((source, 0))
    s.settimeout(5)
    s.connect(("127.0.0.1", port))
    return s


def settle(pid, seconds=3.0):
    """The highest VmRSS seen over a few seconds while the attack holds."""
    peak, end = 0, time.time() + seconds
    while time.time() < end:
        peak = max(peak, status(pid, "VmRSS"))
        time.sleep(0.2)
    return peak


def pipelining(port, pid):
    s = connect(port)
    s.setblocking(False)
    req = b"GET /api/v1/readings?since=0&limit=10000 HTTP/1.1\r\nHost: a\r\n\r\n" * 2000
    sent, end = 0, time.time() + 10
    while sent < len(req) and time.time() < end:
        try:
            sent += s.send(req[sent:])
        except BlockingIOError:
            time.sleep(0.05)
    rss = settle(pid)
    s.close()
    return rss, f"{sent} request bytes taken"


def bodies(port, pid):
    socks, refused = [], 0
    head = (b"PUT /api/v1/led HTTP/1.1\r\nHost: a\r\nContent-Type: application/json\r\n"
            b"Content-Length: 8000000\r\n\r\n")
    chunk = b"x" * 65536
    for _ in range(40):
        s = connect(port)
        s.setblocking(False)
        try:
            s.send(head)
        except OSError:
            refused += 1
        socks.append(s)
    end = time.time() + 5
    while time.time() < end:
        for s in socks:
            try:
                s.send(chunk)
            except (BlockingIOError, OSError):
                pass
    rss = settle(pid)
    answers = 0
    for s in socks:
        try:
            s.setblocking(True)
            s.settimeout(1)
            data = s.recv(64)
            if data.startswith(b"HTTP/1.1 40") or data == b"":
                answers += 1
        except OSError:
            answers += 1  # reset: the agent closed it with the body unread
        s.close()
    return rss, f"{answers}/40 answered 401 and closed, body unread"


def idle(port, pid):
    socks = []
    for _ in range(600):
        try:
            socks.append(connect(port))
        except OSError:
            break
    rss = settle(pid)
    for s in socks:
        s.close()
    return rss, f"{len(socks)} connections opened"


def subscribers(port, pid):
    socks, ok = [], 0
    for _ in range(64):
        s = connect(port)
        s.send(b"GET /api/v1/readings/stream HTTP/1.1\r\nHost: a\r\n\r\n")
        socks.append(s)
    rss = settle(pid)
    try:
        other = connect(port, "127.0.0.2")
        other.send(b"GET /api/v1/readings/stream HTTP/1.1\r\nHost: a\r\n\r\n")
        second = other.recv(64).split(b"\r\n")[0].decode()
        other.close()
    except OSError as e:
        second = f"error {e}"
    for s in socks:
        s.close()
    return rss, f"a second address got: {second}"


def main():
    agent = sys.argv[1] if len(sys.argv) > 1 else "build/bin/netlab-agent"
    with tempfile.TemporaryDirectory() as data:
        proc = subprocess.Popen([agent, "--simulate", "--bind", "127.0.0.1", "--port", "0",
                                 "--data-dir", data, "--interval", "0.05",
                                 "--sim-min-interval-ms", "50"],
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        port = None
        end = time.time() + 20
        while port is None and time.time() < end:
            line = proc.stdout.readline()
            m = re.search(r"listening on http://127\.0\.0\.1:(\d+)/", line)
            if m:
                port = int(m.group(1))
        if port is None:
            proc.kill()
            sys.exit("the agent did not start")
        time.sleep(6)  # a hundred readings in the store for the readings query
        print(f"load average {os.getloadavg()[0]:.2f}; agent idle VmRSS "
              f"{status(proc.pid, 'VmRSS') / 1024:.1f} MiB; unit cap {CAP_KIB / 1024:.0f} MiB")
        print(f"{'pattern':<12} {'VmRSS MiB':>10} {'VmHWM MiB':>10}  note")
        for name, attack in (("pipelining", pipelining), ("bodies", bodies), ("idle", idle),
                             ("subscribers", subscribers)):
            rss, note = attack(port, proc.pid)
            hwm = status(proc.pid, "VmHWM")
            print(f"{name:<12} {rss / 1024:>10.1f} {hwm / 1024:>10.1f}  {note}")
        alive = proc.poll() is None
        proc.terminate()
        proc.wait(10)
        print("agent still running after the attacks:", alive)
        print("highest VmHWM under the cap:", hwm < CAP_KIB)


if __name__ == "__main__":
    main()
