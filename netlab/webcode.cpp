#include "webcode.h"

#include "socketcode.h"

using namespace Qt::StringLiterals;

namespace netlab {

GeneratedCode WebCode::httpClient(const HttpClientCode &settings)
{
    const bool hasBody = !settings.body.isEmpty();
    QString py
        = pythonHeader(tr("HTTP client: sends one request to URL and prints the status line, "
                          "the headers and the body of the answer."));
    py += u"import urllib.error\nimport urllib.request\n\n"_s;
    py += u"URL = "_s + pythonString(settings.url) + u'\n';
    py += u"METHOD = "_s + pythonString(settings.method) + u'\n';
    py += u"HEADERS = {\n"_s;
    for (const auto &[name, value] : settings.headers)
        py += u"    "_s + pythonString(name) + u": "_s + pythonString(value) + u",\n"_s;
    py += u"}\n"_s;
    if (hasBody)
        py += u"BODY = "_s + pythonBytes(settings.body) + u'\n';
    py += u'\n';
    py += pythonComment(tr("urlopen() adds Host, Content-Length and Connection itself."));
    py += u"request = urllib.request.Request(URL, data="_s + (hasBody ? u"BODY"_s : u"None"_s)
        + u", headers=HEADERS, method=METHOD)\n"_s;
    py += u"try:\n"_s;
    py += u"    with urllib.request.urlopen(request, timeout=10) as response:\n"_s;
    py += u"        status, reason = response.status, response.reason\n"_s;
    py += u"        headers, body = response.headers, response.read()\n"_s;
    py += u"except urllib.error.HTTPError as error:\n"_s;
    py += pythonComment(
        tr("urlopen() raises on 4xx and 5xx, but those are answers too."), u"    "_s);
    py += u"    status, reason = error.code, error.reason\n"_s;
    py += u"    headers, body = error.headers, error.read()\n\n"_s;
    py += u"print(status, reason)\n"_s;
    py += u"for name, value in headers.items():\n"_s;
    py += u"    print(f\"{name}: {value}\")\n"_s;
    py += u"print()\n"_s;
    py += pythonComment(tr("The body is bytes: decode it with the charset the answer names "
                           "(UTF-8 when it names none)."));
    py += u"print(body.decode(headers.get_content_charset() or \"utf-8\", \"replace\"))\n"_s;

    QString curl = u"curl -i"_s;
    if (settings.method != (hasBody ? u"POST"_s : u"GET"_s))
        curl += u" -X "_s + shellWord(settings.method);
    for (const auto &[name, value] : settings.headers)
        curl += u" -H "_s + shellWord(name + u": "_s + value);
    if (hasBody)
        curl += u" --data-binary "_s + shellWord(QString::fromUtf8(settings.body));
    curl += u' ' + shellWord(settings.url);
    return {py, curl};
}

GeneratedCode WebCode::httpRaw(const HttpRawCode &settings)
{
    QString py
        = pythonHeader(tr("HTTP by hand: sends REQUEST to HOST on PORT exactly as written and "
                          "prints everything the server answers, until it closes the "
                          "connection or stays silent for TIMEOUT seconds."));
    py += u"import socket\n"_s;
    if (settings.tls)
        py += u"import ssl\n"_s;
    py += u"\nHOST = "_s + pythonString(settings.host) + u'\n';
    py += u"PORT = "_s + QString::number(settings.port) + u'\n';
    py += u"REQUEST = "_s + pythonBytes(settings.request) + u'\n';
    py += u"TIMEOUT = 5  # "_s
        + tr("seconds of silence that end the answer: an HTTP/1.1 server may keep the "
             "connection open")
        + u"\n\n"_s;
    py += u"sock = socket.create_connection((HOST, PORT), timeout=10)\n"_s;
    if (settings.tls) {
        py += pythonComment(tr("https: the same bytes inside TLS; server_hostname lets the "
                               "certificate be checked against HOST."));
        py += u"sock = ssl.create_default_context().wrap_socket(sock, server_hostname=HOST)\n"_s;
    }
    py += u"with sock:\n"_s;
    py += u"    sock.sendall(REQUEST)\n"_s;
    py += u"    sock.settimeout(TIMEOUT)\n"_s;
    py += u"    answer = b\"\"\n"_s;
    py += u"    try:\n"_s;
    py += u"        while True:\n"_s;
    py += u"            chunk = sock.recv(4096)\n"_s;
    py += u"            if not chunk:  # "_s + tr("the server closed the connection") + u'\n';
    py += u"                break\n"_s;
    py += u"            answer += chunk\n"_s;
    py += u"    except socket.timeout:\n"_s;
    py += u"        pass\n"_s;
    py += pythonComment(tr("The answer is bytes: status line, headers, an empty line, the body."));
    py += u"print(answer.decode(\"utf-8\", \"replace\"))\n"_s;

    const QString target = shellWord(settings.host) + u' ' + QString::number(settings.port);
    const QString oneLiner = u"printf "_s + shellPrintf(settings.request)
        + (settings.tls ? u" | openssl s_client -quiet -connect "_s
                    + shellWord(settings.host + u':' + QString::number(settings.port))
                    + u" -servername "_s + shellWord(settings.host)
                        : u" | nc -q 5 "_s + target);
    return {py, oneLiner};
}

GeneratedCode WebCode::httpServer(const HttpServerCode &settings)
{
    const SocketCode::PythonBind bind = SocketCode::pythonBind(settings.bindAddress);
    QString statusLine = settings.statusLine.trimmed();
    if (!statusLine.startsWith(u"HTTP/"_s))
        statusLine.prepend(u"HTTP/1.1 "_s);
    const bool placeholders = settings.headers.join(u'\n').contains(u"{now"_s);
    bool hasDate = false;
    for (const QString &header : settings.headers)
        hasDate = hasDate
            || header.section(u':', 0, 0).trimmed().compare(u"Date"_s, Qt::CaseInsensitive) == 0;
    QString py
        = pythonHeader(tr("Micro HTTP server built on a TCP server: prints each request as it "
                          "arrives and answers it with a status line, headers and a body."));
    if (placeholders)
        py += u"import re\n"_s;
    py += u"import socket\nimport threading\n"_s;
    if (placeholders)
        py += u"import time\n"_s;
    py += u"from email.utils import formatdate\n\n"_s;
    py += u"HOST = "_s + bind.host + u'\n';
    py += u"PORT = "_s + QString::number(settings.port) + u'\n';
    py += u"STATUS_LINE = "_s + pythonString(statusLine) + u'\n';
    if (placeholders)
        py += pythonComment(tr("{now} becomes the date when the answer goes out, {now+3600} "
                               "the date in an hour."));
    py += u"HEADERS = [\n"_s;
    for (const QString &header : settings.headers)
        py += u"    "_s + pythonString(header) + u",\n"_s;
    py += u"]\n"_s;
    // Text stays readable as text; other bytes are written as a bytes literal.
    const QString text = QString::fromUtf8(settings.body);
    py += u"BODY = "_s
        + (text.toUtf8() == settings.body ? pythonString(text) + u".encode(\"utf-8\")"_s
                                          : pythonBytes(settings.body))
        + u"\n\n\n"_s;
    if (placeholders) {
        py += u"def expand(header):\n"_s;
        py += u"    return re.sub(r\"\\{now([+-]\\d+)?\\}\",\n"_s;
        py += u"                  lambda m: formatdate(time.time() + int(m.group(1) or 0), "
              "usegmt=True),\n"_s;
        py += u"                  header)\n\n\n"_s;
    }
    py += u"def handle(conn, address):\n"_s;
    py += u"    with conn:\n"_s;
    py += pythonComment(
        tr("The request head ends with an empty line; read up to it."), u"        "_s);
    py += u"        request = b\"\"\n"_s;
    py += u"        while b\"\\r\\n\\r\\n\" not in request and b\"\\n\\n\" not in request:\n"_s;
    py += u"            chunk = conn.recv(4096)\n"_s;
    py += u"            if not chunk:\n"_s;
    py += u"                return\n"_s;
    py += u"            request += chunk\n"_s;
    py += u"        print(address)\n"_s;
    py += u"        print(request.decode(\"latin-1\"))\n"_s;
    py += pythonComment(tr("Status line, headers (each ended by CRLF), an empty line, then the "
                           "body; Content-Length tells the browser where the body ends."),
        u"        "_s);
    const QString headers
        = placeholders ? u"[expand(header) for header in HEADERS]"_s : u"HEADERS"_s;
    if (hasDate)
        py += u"        head = [STATUS_LINE] + "_s + headers + u'\n';
    else
        py += u"        head = [STATUS_LINE, \"Date: \" + formatdate(usegmt=True)] + "_s + headers
            + u'\n';
    py += u"        head += [f\"Content-Length: {len(BODY)}\", \"Connection: close\", \"\", \"\"]\n"_s;
    py += u"        conn.sendall(\"\\r\\n\".join(head).encode(\"utf-8\") + BODY)\n\n\n"_s;
    py += SocketCode::listeningServer(bind);
    py += u"    while True:\n"_s;
    py += u"        conn, address = server.accept()\n"_s;
    py += u"        threading.Thread(target=handle, args=(conn, address), daemon=True).start()\n"_s;
    return {py, QString()};
}

GeneratedCode WebCode::httpFolder(const HttpFolderCode &settings)
{
    const SocketCode::PythonBind bind = SocketCode::pythonBind(settings.bindAddress);
    const bool v6 = bind.family == u"socket.AF_INET6";
    QString py
        = pythonHeader(tr("HTTP server that serves the files of FOLDER: each file with its "
                          "type, index.html or a listing for a folder, nothing outside it."));
    py += u"import functools\nimport http.server\n"_s;
    if (v6)
        py += u"import socket\n"_s;
    py += u"\nHOST = "_s + bind.host + u'\n';
    py += u"PORT = "_s + QString::number(settings.port)
        + (settings.port == 0 ? u"  # "_s + tr("0: any free port") : QString()) + u'\n';
    py += u"FOLDER = "_s + pythonString(settings.folder) + u"\n\n\n"_s;
    py += pythonComment(tr("ThreadingHTTPServer answers each request in its own thread, so a "
                           "slow browser does not keep the others waiting."));
    if (v6) {
        py += u"class Server(http.server.ThreadingHTTPServer):\n"_s;
        py += u"    address_family = socket.AF_INET6\n"_s;
        if (bind.dualStack) {
            py += u"\n    def server_bind(self):\n"_s;
            py += pythonComment(
                tr("\"::\" with IPv6-only off: IPv4 clients are welcome too."), u"        "_s);
            py += u"        self.socket.setsockopt(socket.IPPROTO_IPV6, socket.IPV6_V6ONLY, 0)\n"_s;
            py += u"        super().server_bind()\n"_s;
        }
    } else {
        py += u"Server = http.server.ThreadingHTTPServer\n"_s;
    }
    py += u"\n\n"_s;
    py += pythonComment(tr("SimpleHTTPRequestHandler answers GET and HEAD with the files under "
                           "its directory and logs each request."));
    py += u"handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=FOLDER)\n"_s;
    py += u"with Server((HOST, PORT), handler) as server:\n"_s;
    py += pythonPrint(u"    "_s, tr("Listening on port"), u"server.server_address[1]"_s);
    py += u"    server.serve_forever()\n"_s;

    QString oneLiner = u"python3 -m http.server "_s + QString::number(settings.port);
    if (settings.bindAddress != QHostAddress(QHostAddress::Any))
        oneLiner += u" --bind "_s
            + (settings.bindAddress == QHostAddress(QHostAddress::AnyIPv4)
                    ? u"0.0.0.0"_s
                    : shellWord(settings.bindAddress.toString()));
    oneLiner += u" --directory "_s + shellWord(settings.folder);
    return {py, oneLiner};
}

} // namespace netlab
