#!/usr/bin/env python3
"""netlab-agent resources and latency: resident memory and CPU while idle, then while N
clients follow the SSE stream, and the reading-to-client latency on loopback.

    python3 tests/bench/bench_agent.py build/bin/netlab-agent [--seconds 60] [--clients 20]

The agent runs with the simulated sensor at the default interval (2 s), bound to 127.0.0.1 on
a free port, in a temporary data directory. CPU is utime+stime from /proc/<pid>/stat over the
measuring window, as a share of one core; memory is VmRSS at the end of the window (and VmHWM).
Latency: the reading's own time stamp "t" (taken when the worker thread got the value) against
the moment a client had parsed the event.
"""
import argparse, json, os, re, socket, statistics, subprocess, sys, tempfile, threading, time


def proc_cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    tick = os.sysconf("SC_CLK_TCK")
    return (int(fields[11]) + int(fields[12])) / tick  # utime, stime


def proc_memory_kb(pid):
    values = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith(("VmRSS", "VmHWM")):
                key, value = line.split(":")
                values[key] = int(value.split()[0])
    return values


def measure(pid, seconds):
    start_cpu, start = proc_cpu_seconds(pid), time.monotonic()
    time.sleep(seconds)
    cpu = proc_cpu_seconds(pid) - start_cpu
    wall = time.monotonic() - start
    return 100.0 * cpu / wall, proc_memory_kb(pid)


class Follower(threading.Thread):
    def __init__(self, port, latencies, stop):
        super().__init__(daemon=True)
        self.port, self.latencies, self.stop, self.events = port, latencies, stop, 0

    def run(self):
        s = socket.create_connection(("127.0.0.1", self.port))
        s.sendall(b"GET /api/v1/readings/stream HTTP/1.1\r\nHost: x\r\n\r\n")
        s.settimeout(0.5)
        buffer = b""
        while not self.stop.is_set():
            try:
                chunk = s.recv(65536)
            except socket.timeout:
                continue
            if not chunk:
                break
            now_ms = time.time() * 1000
            buffer += chunk
            for match in re.finditer(rb"event: reading\ndata: (\{[^\n]*\})\n", buffer):
                reading = json.loads(match.group(1))
                self.latencies.append(now_ms - reading["t"])
                self.events += 1
            buffer = buffer[buffer.rfind(b"\n\n") + 2:] if b"\n\n" in buffer else buffer
        s.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("agent")
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--clients", type=int, default=20)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as data:
        agent = subprocess.Popen(
            [args.agent, "--simulate", "--bind", "127.0.0.1", "--port", "0", "--data-dir", data],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        port = None
        for line in agent.stdout:
            m = re.search(r"listening on http://127\.0\.0\.1:(\d+)/", line)
            if m:
                port = int(m.group(1))
                break
        if port is None:
            sys.exit("the agent did not start")
        time.sleep(3)  # start-up settles
        idle_cpu, idle_mem = measure(agent.pid, args.seconds)
        print(f"idle:       CPU {idle_cpu:.3f} % of a core, RSS {idle_mem['VmRSS'] / 1024:.1f} MiB"
              f" (peak {idle_mem['VmHWM'] / 1024:.1f} MiB) over {args.seconds:.0f} s")

        latencies, stop = [], threading.Event()
        followers = [Follower(port, latencies, stop) for _ in range(args.clients)]
        for f in followers:
            f.start()
        time.sleep(1)
        busy_cpu, busy_mem = measure(agent.pid, args.seconds)
        stop.set()
        for f in followers:
            f.join(2)
        events = sum(f.events for f in followers)
        print(f"{args.clients} clients: CPU {busy_cpu:.3f} % of a core, RSS {busy_mem['VmRSS'] / 1024:.1f} MiB"
              f" (peak {busy_mem['VmHWM'] / 1024:.1f} MiB), {events} events delivered")
        if latencies:
            latencies.sort()
            print(f"latency reading -> client: median {statistics.median(latencies):.2f} ms,"
                  f" p99 {latencies[int(len(latencies) * 0.99) - 1]:.2f} ms,"
                  f" max {latencies[-1]:.2f} ms ({len(latencies)} events)")
        agent.terminate()
        agent.wait(10)


if __name__ == "__main__":
    main()
