#!/usr/bin/env bash
# HTTP server benchmark: wrk against `netlab http-serve`, `python3 -m http.server`, the course's
# single-threaded raw-socket micro server (micro_http_server.py) and nginx with one worker (the
# ceiling), all serving the same 129-byte page on 127.0.0.1, with 1, 10 and 100 connections.
#
#   tests/bench/bench_http.sh [NETLAB_BINARY] [SECONDS_PER_RUN]
#
# Defaults: build/bin/netlab, 5 s. Prints requests/s, p99 latency and the ratios; the goal is
# netlab >= 20x python3 -m http.server at 100 connections and >= half of nginx.
# Needs wrk and nginx (Debian packages wrk, nginx-light); installs them when run as root,
# otherwise says what to install. nginx runs with its own temporary configuration on a loopback
# port (no system service, nothing written outside a temporary folder).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
netlab=${1:-$here/../../build/bin/netlab}
seconds=${2:-5}
connections=(1 10 100)

missing=()
command -v wrk >/dev/null || missing+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
command -v python3 >/dev/null || missing+=(python3)
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
        echo "bench_http: installing ${missing[*]}"
        apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "bench_http: missing ${missing[*]}: sudo apt-get install ${missing[*]}" >&2
        exit 1
    fi
fi
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
if [ ! -x "$netlab" ]; then
    echo "bench_http: $netlab not found; build first (cmake --build build)" >&2
    exit 1
fi

work=$(mktemp -d)
chmod 755 "$work"
pids=()
cleanup()
{
    local pid
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# The 129-byte page.
mkdir -p "$work/www"
printf '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>bench</title></head><body><p>Hello, benchmark!</p></body></html>\n' >"$work/www/index.html"
truncate -s 129 "$work/www/index.html"
chmod -R a+rX "$work/www"

free_port()
{
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

wait_port()
{
    local port=$1 i
    for i in $(seq 1 100); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then return 0; fi
        sleep 0.05
    done
    echo "bench_http: nothing listens on port $port" >&2
    return 1
}

# netlab http-serve, port 0: read the URL it prints.
"$netlab" http-serve --bind 127.0.0.1 --port 0 --body-file "$work/www/index.html" --quiet \
    >"$work/netlab.log" 2>&1 &
pids+=($!)
for i in $(seq 1 100); do grep -q 'http://' "$work/netlab.log" && break; sleep 0.05; done
netlab_port=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/netlab.log" | head -1 | sed 's/.*://')

python_port=$(free_port)
(cd "$work/www" && exec python3 -m http.server --bind 127.0.0.1 "$python_port") >/dev/null 2>&1 &
pids+=($!)

micro_port=$(free_port)
python3 "$here/micro_http_server.py" "$micro_port" "$work/www/index.html" >/dev/null 2>&1 &
pids+=($!)

nginx_port=$(free_port)
mkdir -p "$work/nginx"
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $work/nginx/body;
    proxy_temp_path $work/nginx/proxy;
    fastcgi_temp_path $work/nginx/fastcgi;
    uwsgi_temp_path $work/nginx/uwsgi;
    scgi_temp_path $work/nginx/scgi;
    types { text/html html; }
    keepalive_requests 1000000;
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/www;
        charset utf-8;
    }
}
CONF
"$nginx_bin" -p "$work/nginx" -c "$work/nginx/nginx.conf" 2>"$work/nginx/stderr.log" &
pids+=($!)

for port in "$netlab_port" "$python_port" "$micro_port" "$nginx_port"; do wait_port "$port"; done
for port in "$netlab_port" "$python_port" "$micro_port" "$nginx_port"; do
    size=$(curl -s "http://127.0.0.1:$port/index.html" | wc -c)
    [ "$size" -eq 129 ] || { echo "bench_http: port $port served $size bytes, not 129" >&2; exit 1; }
done

declare -A rps p99 errors
run()
{
    local name=$1 port=$2 c=$3 out
    out=$(wrk -t1 -c"$c" -d"${seconds}s" --latency "http://127.0.0.1:$port/index.html" 2>&1)
    rps[$name,$c]=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
    p99[$name,$c]=$(awk '$1 == "99%" {print $2}' <<<"$out")
    errors[$name,$c]=$(awk '/Socket errors:|Non-2xx/ {printf "%s ", $0}' <<<"$out")
}

servers=(netlab python micro nginx)
declare -A ports=([netlab]=$netlab_port [python]=$python_port [micro]=$micro_port [nginx]=$nginx_port)
declare -A labels=([netlab]="netlab http-serve" [python]="python3 -m http.server"
    [micro]="course micro server" [nginx]="nginx, 1 worker")

echo "wrk -t1 -d${seconds}s --latency, 129-byte page, 127.0.0.1; $(nproc) CPUs: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
printf '%-24s %6s %12s %10s  %s\n' server conns "requests/s" p99 errors
for c in "${connections[@]}"; do
    for s in "${servers[@]}"; do
        run "$s" "${ports[$s]}" "$c"
        printf '%-24s %6s %12s %10s  %s\n' "${labels[$s]}" "$c" "${rps[$s,$c]}" "${p99[$s,$c]}" \
            "${errors[$s,$c]}"
    done
done
echo
for c in "${connections[@]}"; do
    awk -v c="$c" -v n="${rps[netlab,$c]}" -v p="${rps[python,$c]}" -v m="${rps[micro,$c]}" \
        -v x="${rps[nginx,$c]}" 'BEGIN {
            printf "%3d connections: netlab = %.1fx python http.server, %.1fx micro server, %.2f of nginx\n",
                c, n / p, n / m, n / x }'
done
awk -v n="${rps[netlab,100]}" -v p="${rps[python,100]}" -v x="${rps[nginx,100]}" 'BEGIN {
    ok1 = n >= 20 * p; ok2 = n >= 0.5 * x
    printf "goal at 100 connections: >= 20x python (%s), >= half of nginx (%s)\n",
        ok1 ? "met" : "NOT met", ok2 ? "met" : "NOT met" }'
