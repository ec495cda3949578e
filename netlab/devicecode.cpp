#include "devicecode.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

QString pythonTuple(const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items)
        quoted += pythonString(item);
    return u'(' + quoted.join(u", "_s) + (quoted.size() == 1 ? u",)"_s : u")"_s);
}

// pyserial's constants for the line settings, and the usual short form ("8N1").
struct PySerialLine
{
    QString bytesize, parity, stopbits, summary;
};

PySerialLine pySerialLine(const SerialNodeCode &settings)
{
    static const char *const bits[] = {"FIVEBITS", "SIXBITS", "SEVENBITS", "EIGHTBITS"};
    const int dataBits = std::clamp(settings.dataBits, 5, 8);
    PySerialLine line;
    line.bytesize = u"serial."_s + QLatin1String(bits[dataBits - 5]);
    QString letter;
    switch (settings.parity) {
    case SerialNodeCode::Parity::None:
        line.parity = u"serial.PARITY_NONE"_s;
        letter = u"N"_s;
        break;
    case SerialNodeCode::Parity::Even:
        line.parity = u"serial.PARITY_EVEN"_s;
        letter = u"E"_s;
        break;
    case SerialNodeCode::Parity::Odd:
        line.parity = u"serial.PARITY_ODD"_s;
        letter = u"O"_s;
        break;
    case SerialNodeCode::Parity::Mark:
        line.parity = u"serial.PARITY_MARK"_s;
        letter = u"M"_s;
        break;
    case SerialNodeCode::Parity::Space:
        line.parity = u"serial.PARITY_SPACE"_s;
        letter = u"S"_s;
        break;
    }
    QString stop;
    switch (settings.stopBits) {
    case SerialNodeCode::StopBits::One:
        line.stopbits = u"serial.STOPBITS_ONE"_s;
        stop = u"1"_s;
        break;
    case SerialNodeCode::StopBits::OneAndHalf:
        line.stopbits = u"serial.STOPBITS_ONE_POINT_FIVE"_s;
        stop = u"1.5"_s;
        break;
    case SerialNodeCode::StopBits::Two:
        line.stopbits = u"serial.STOPBITS_TWO"_s;
        stop = u"2"_s;
        break;
    }
    line.summary = QString::number(dataBits) + letter + stop;
    return line;
}

} // namespace

GeneratedCode DeviceCode::serialNode(const SerialNodeCode &settings)
{
    const PySerialLine line = pySerialLine(settings);
    const bool start = !settings.startCommand.isEmpty();
    const bool stop = !settings.stopCommand.isEmpty();
    const bool ack = !settings.ackCommand.isEmpty();
    const bool magic = !settings.magic.isEmpty();
    // Names as the decoder gives them (v0, v1, … when none are set); a format still being
    // typed is shown as it is.
    const StructFormat parsed = StructFormat::parse(settings.format, settings.fieldNames);
    const QStringList names = parsed.isValid() ? parsed.names() : settings.fieldNames;

    QString py = pythonHeader(tr("Serial sensor node: opens PORT, sends the start command, reads "
                                 "packets of PACKET_SIZE bytes, prints each one decoded and "
                                 "acknowledges it, then sends the stop command after COUNT packets "
                                 "or on Ctrl+C."));
    py += u"import struct\n\nimport serial  # pyserial (Debian: python3-serial)\n\n"_s;
    py += pythonAssign(u"PORT"_s, pythonString(settings.port));
    py += pythonAssign(u"BAUD"_s, QString::number(settings.baudRate));
    if (start)
        py += pythonAssign(u"START"_s, pythonBytes(settings.startCommand));
    if (stop)
        py += pythonAssign(u"STOP"_s, pythonBytes(settings.stopCommand));
    if (ack)
        py += pythonAssign(u"ACK"_s, pythonBytes(settings.ackCommand), tr("after each packet"));
    if (magic)
        py += pythonAssign(
            u"MAGIC"_s, pythonBytes(settings.magic), tr("every packet starts with it"));
    py += pythonAssign(u"PACKET_SIZE"_s, QString::number(settings.packetSize));
    py += pythonAssign(u"COUNT"_s, QString::number(settings.packetCount), tr("0: until Ctrl+C"));
    py += pythonAssign(u"TIMEOUT"_s, QString::number(settings.timeoutMs / 1000.0, 'f', 1),
        tr("seconds: a silent node ends the session"));
    py += pythonComment(tr("The packet's layout as a Python struct format, and one name per "
                           "value (pad bytes have none)."));
    py += pythonAssign(u"FRAME"_s, u"struct.Struct("_s + pythonString(settings.format) + u')');
    py += pythonAssign(u"NAMES"_s, pythonTuple(names));
    py += u'\n';

    py += u"received = 0\n"_s;
    py += pythonComment(
        tr("%1 at BAUD baud, flow control: %2. read() waits at most TIMEOUT "
           "seconds.")
            .arg(line.summary,
                settings.flowControl == SerialNodeCode::FlowControl::RtsCts        ? tr("RTS/CTS")
                    : settings.flowControl == SerialNodeCode::FlowControl::XonXoff ? tr("XON/XOFF")
                                                                                   : tr("none")));
    py += u"with serial.Serial(\n"_s;
    py += u"    PORT,\n    BAUD,\n"_s;
    py += u"    bytesize="_s + line.bytesize + u",\n"_s;
    py += u"    parity="_s + line.parity + u",\n"_s;
    py += u"    stopbits="_s + line.stopbits + u",\n"_s;
    py += u"    rtscts="_s
        + (settings.flowControl == SerialNodeCode::FlowControl::RtsCts ? u"True"_s : u"False"_s)
        + u",\n"_s;
    py += u"    xonxoff="_s
        + (settings.flowControl == SerialNodeCode::FlowControl::XonXoff ? u"True"_s : u"False"_s)
        + u",\n"_s;
    py += u"    timeout=TIMEOUT,\n) as port:\n"_s;
    py += pythonComment(tr("Bytes the node sent before the start command are stale."), u"    "_s);
    py += u"    port.reset_input_buffer()\n"_s;
    if (start)
        py += u"    port.write(START)\n"_s;
    py += u"    buffer = b\"\"\n"_s;
    py += u"    try:\n"_s;
    py += u"        while COUNT == 0 or received < COUNT:\n"_s;
    py += pythonComment(tr("A serial port is a stream of bytes: read until a whole packet "
                           "has arrived."),
        u"            "_s);
    py += u"            chunk = port.read(PACKET_SIZE - len(buffer))\n"_s;
    py += u"            if not chunk:\n"_s;
    py += pythonPrint(u"                "_s, tr("The node sent nothing for"),
        u"TIMEOUT, "_s + pythonString(tr("s")));
    py += u"                break\n"_s;
    py += u"            buffer += chunk\n"_s;
    py += u"            if len(buffer) < PACKET_SIZE:\n"_s;
    py += u"                continue\n"_s;
    if (magic) {
        py += u"            if not buffer.startswith(MAGIC):\n"_s;
        py += pythonComment(tr("Out of step (a byte lost or added on the line): skip to "
                               "the next MAGIC instead of decoding garbage."),
            u"                "_s);
        py += pythonPrint(
            u"                "_s, tr("Bad packet, resynchronising:"), u"buffer[:8].hex(\" \")"_s);
        py += u"                start = buffer.find(MAGIC, 1)\n"_s;
        py += u"                if start > 0:\n"_s;
        py += u"                    buffer = buffer[start:]\n"_s;
        py += u"                else:\n"_s;
        py += u"                    buffer = buffer[len(buffer) - len(MAGIC) + 1:]\n"_s;
        py += u"                continue\n"_s;
    }
    py += u"            packet, buffer = buffer, b\"\"\n"_s;
    py += u"            values = FRAME.unpack(packet[:FRAME.size])\n"_s;
    py += u"            received += 1\n"_s;
    py += u"            print(received, dict(zip(NAMES, values)))\n"_s;
    if (ack)
        py += u"            port.write(ACK)\n"_s;
    py += u"    except KeyboardInterrupt:\n"_s;
    py += pythonPrint(u"        "_s, tr("Stopped (Ctrl+C)"));
    if (stop) {
        py += u"    finally:\n"_s;
        py += pythonComment(
            tr("The node streams until it gets the stop command: always send it."), u"        "_s);
        py += u"        port.write(STOP)\n"_s;
        py += u"        port.flush()\n"_s;
    }
    py += pythonPrint(QString(), tr("Packets received:"), u"received"_s);
    return {py, QString()};
}

GeneratedCode DeviceCode::sensors(const SensorsCode &settings)
{
    const bool led = !settings.token.isEmpty();
    const QString host = settings.host.contains(u':') && !settings.host.startsWith(u'[')
        ? u'[' + settings.host + u']'
        : settings.host;
    const QString base = u"http://"_s + host + u':' + QString::number(settings.port);

    QString py = pythonHeader(tr("Sensors: asks the NetLab agent at AGENT for its information, "
                                 "prints the readings it stored over the last WINDOW_MS, then "
                                 "follows the live stream of readings (Server-Sent Events), "
                                 "reconnecting where it left off, until Ctrl+C."));
    py += u"import json\nimport time\n\nimport requests  # Debian: python3-requests\n\n"_s;
    py += pythonAssign(u"AGENT"_s, pythonString(base));
    py += pythonAssign(u"WINDOW_MS"_s, QString::number(settings.windowMs),
        tr("the stored readings fetched first: this far back"));
    py += pythonAssign(u"LIMIT"_s, u"1000"_s, tr("at most this many of them"));
    if (led) {
        py += pythonAssign(u"TOKEN"_s, pythonString(QString::fromUtf8(settings.token)),
            tr("the LED needs it: sudo netlab-agent token, on the Pi"));
        py += pythonAssign(u"LED_ON"_s, settings.ledOn ? u"True"_s : u"False"_s);
    }
    py += u"\n\ndef show(reading):\n"_s;
    py += u"    print(f\"seq={reading['seq']} t={reading['t']} \"\n"_s;
    py += u"          f\"temperature_c={reading['temperature_c']} \"\n"_s;
    py += u"          f\"humidity_pct={reading['humidity_pct']}\")\n\n\n"_s;
    py += u"def handle(event, data):\n"_s;
    py += pythonComment(tr("One \"reading\" event per sample; \"error\" when a read of the "
                           "sensor failed (never a made-up value)."),
        u"    "_s);
    py += u"    if event == \"reading\":\n"_s;
    py += u"        show(json.loads(data))\n"_s;
    py += u"    elif event == \"error\":\n"_s;
    py += u"        failure = json.loads(data)\n"_s;
    py += pythonPrint(
        u"        "_s, tr("Sensor failure:"), u"failure[\"kind\"], failure[\"message\"]"_s);
    py += u"\n\ndef follow():\n"_s;
    py += pythonComment(tr("Server-Sent Events: lines \"field: value\", an empty line ends each "
                           "event. The id: of a reading is its seq; after a broken connection, "
                           "Last-Event-ID asks the agent for what was missed."),
        u"    "_s);
    py += u"    last_id = None\n"_s;
    py += u"    while True:\n"_s;
    py += u"        headers = {\"Accept\": \"text/event-stream\"}\n"_s;
    py += u"        if last_id is not None:\n"_s;
    py += u"            headers[\"Last-Event-ID\"] = last_id\n"_s;
    py += u"        try:\n"_s;
    py += u"            with requests.get(AGENT + \"/api/v1/readings/stream\", headers=headers,\n"_s;
    py += u"                              stream=True, timeout=(10, 60)) as stream:\n"_s;
    py += u"                stream.raise_for_status()\n"_s;
    py += u"                event, data = \"message\", []\n"_s;
    py += u"                for line in stream.iter_lines(decode_unicode=True):\n"_s;
    py += u"                    if line == \"\":\n"_s;
    py += u"                        if data:\n"_s;
    py += u"                            handle(event, \"\\n\".join(data))\n"_s;
    py += u"                        event, data = \"message\", []\n"_s;
    py += u"                        continue\n"_s;
    py += pythonComment(tr("A line that starts with \":\" is a comment (the agent's "
                           "keep-alive): its field is empty, nothing to do."),
        u"                    "_s);
    py += u"                    field, _, value = line.partition(\":\")\n"_s;
    py += u"                    if value.startswith(\" \"):\n"_s;
    py += u"                        value = value[1:]\n"_s;
    py += u"                    if field == \"event\":\n"_s;
    py += u"                        event = value\n"_s;
    py += u"                    elif field == \"data\":\n"_s;
    py += u"                        data.append(value)\n"_s;
    py += u"                    elif field == \"id\":\n"_s;
    py += u"                        last_id = value\n"_s;
    py += pythonPrint(u"            "_s, tr("The agent closed the stream."));
    py += u"        except requests.RequestException as error:\n"_s;
    py += pythonPrint(u"            "_s, tr("Stream interrupted:"), u"error"_s);
    py += pythonPrint(u"        "_s, tr("Reconnecting in 2 s…"));
    py += u"        time.sleep(2)\n\n\n"_s;

    py += u"answer = requests.get(AGENT + \"/api/v1/info\", timeout=10)\n"_s;
    py += u"answer.raise_for_status()\n"_s;
    py += u"info = answer.json()\n"_s;
    py += u"print(json.dumps(info, indent=2, ensure_ascii=False))\n\n"_s;
    if (led) {
        py += pythonComment(tr("Switching the LED needs the token, sent as a Bearer token."));
        py += u"answer = requests.put(AGENT + \"/api/v1/led\", json={\"on\": LED_ON},\n"_s;
        py += u"                      headers={\"Authorization\": \"Bearer \" + TOKEN}, "
              "timeout=10)\n"_s;
        py += pythonPrint(QString(), tr("LED:"), u"answer.status_code, answer.text"_s);
        py += u'\n';
    }
    py += pythonComment(tr("The window starts WINDOW_MS before the agent's clock (now, in "
                           "ms); the readings come oldest first."));
    py += u"since = info.get(\"now\", int(time.time() * 1000)) - WINDOW_MS\n"_s;
    py += u"answer = requests.get(AGENT + \"/api/v1/readings\",\n"_s;
    py += u"                      params={\"since\": since, \"limit\": LIMIT}, timeout=10)\n"_s;
    py += u"answer.raise_for_status()\n"_s;
    py += u"stored = answer.json()\n"_s;
    py += u"for reading in stored[\"readings\"]:\n"_s;
    py += u"    show(reading)\n"_s;
    py += u"if stored[\"more\"]:\n"_s;
    py += pythonPrint(u"    "_s, tr("More readings in the window than LIMIT."));
    py += u'\n';
    py += pythonPrint(QString(), tr("Following the live stream (Ctrl+C to stop)…"));
    py += u"try:\n"_s;
    py += u"    follow()\n"_s;
    py += u"except KeyboardInterrupt:\n"_s;
    py += pythonPrint(u"    "_s, tr("Stopped."));

    const QString oneLiner = u"curl -N "_s + shellWord(base + u"/api/v1/readings/stream"_s);
    return {py, oneLiner};
}

} // namespace netlab
