<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>netlab::AgentService</name>
    <message numerus="yes">
        <source>retention: removed %n old reading(s)</source>
        <translation>
            <numerusform>retention: removed %n old reading</numerusform>
            <numerusform>retention: removed %n old readings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>storage: %n reading(s) could not be written before exit</source>
        <translation>
            <numerusform>storage: %n reading could not be written before exit</numerusform>
            <numerusform>storage: %n readings could not be written before exit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netlab::ChatProtocol</name>
    <message numerus="yes">
        <source>%n invalid UTF-8 sequence(s) shown as �</source>
        <translation>
            <numerusform>%n invalid UTF-8 sequence shown as �</numerusform>
            <numerusform>%n invalid UTF-8 sequences shown as �</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netlab::ChatTab</name>
    <message numerus="yes">
        <source>Hosting on port %1: %n classmate(s) here</source>
        <translation>
            <numerusform>Hosting on port %1: %n classmate here</numerusform>
            <numerusform>Hosting on port %1: %n classmates here</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netlab::ClassroomGrid</name>
    <message numerus="yes">
        <source>%n agent(s), %1 online</source>
        <translation>
            <numerusform>%n agent, %1 online</numerusform>
            <numerusform>%n agents, %1 online</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netlab::DhtDecoder</name>
    <message numerus="yes">
        <source>the sensor did not answer (%n edge(s) seen)</source>
        <translation>
            <numerusform>the sensor did not answer (%n edge seen)</numerusform>
            <numerusform>the sensor did not answer (%n edges seen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netlab::HexInput</name>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netlab::HttpBodyFormat</name>
    <message numerus="yes">
        <source>{%n key(s)}</source>
        <translation>
            <numerusform>{%n key}</numerusform>
            <numerusform>{%n keys}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n item(s): the rest is in the Body tab</source>
        <translation>
            <numerusform>more than %n item: the rest is in the Body tab</numerusform>
            <numerusform>more than %n items: the rest is in the Body tab</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netlab::HttpClient</name>
    <message numerus="yes">
        <source>no complete answer within %n second(s)</source>
        <translation>
            <numerusform>no complete answer within %n second</numerusform>
            <numerusform>no complete answer within %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>more than %n redirect(s): stopped following</source>
        <translation>
            <numerusform>more than %n redirect: stopped following</numerusform>
            <numerusform>more than %n redirects: stopped following</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netlab::HttpClientTab</name>
    <message numerus="yes">
        <source>%1 %2 %3 · %4 · %n byte(s) of body</source>
        <translation>
            <numerusform>%1 %2 %3 · %4 · %n byte of body</numerusform>
            <numerusform>%1 %2 %3 · %4 · %n bytes of body</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(binary data, %n byte(s): see the Hex tab)</source>
        <translation>
            <numerusform>(binary data, %n byte: see the Hex tab)</numerusform>
            <numerusform>(binary data, %n bytes: see the Hex tab)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>chunked, %n chunk(s)</source>
        <translation>
            <numerusform>chunked, %n chunk</numerusform>
            <numerusform>chunked, %n chunks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>→ sent %n byte(s):</source>
        <translation>
            <numerusform>→ sent %n byte:</numerusform>
            <numerusform>→ sent %n bytes:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>← received %n byte(s):</source>
        <translation>
            <numerusform>← received %n byte:</numerusform>
            <numerusform>← received %n bytes:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netlab::HttpServerTab</name>
    <message numerus="yes">
        <source>%n request(s) received</source>
        <translation>
            <numerusform>%n request received</numerusform>
            <numerusform>%n requests received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>answered %1 with %n byte(s)</source>
        <translation>
            <numerusform>answered %1 with %n byte</numerusform>
            <numerusform>answered %1 with %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Request %1 from %2 at %3, %n byte(s) as received; %4</source>
        <translation>
            <numerusform>Request %1 from %2 at %3, %n byte as received; %4</numerusform>
            <numerusform>Request %1 from %2 at %3, %n bytes as received; %4</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n request(s) to %1</source>
        <translation>
            <numerusform>Saved %n request to %1</numerusform>
            <numerusform>Saved %n requests to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older request(s) dropped from the list: it keeps the newest %1 requests and %2 MiB of raw bytes.</source>
        <translation>
            <numerusform>%n older request dropped from the list: it keeps the newest %1 requests and %2 MiB of raw bytes.</numerusform>
            <numerusform>%n older requests dropped from the list: it keeps the newest %1 requests and %2 MiB of raw bytes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netlab::MqttPayloadView</name>
    <message numerus="yes">
        <source>%1 (%n byte(s))</source>
        <translation>
            <numerusform>%1 (%n byte)</numerusform>
            <numerusform>%1 (%n bytes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netlab::ReadingStore</name>
    <message numerus="yes">
        <source>cannot store a reading in %1: %2 — %n reading(s) kept in memory until it can be written</source>
        <translation>
            <numerusform>cannot store a reading in %1: %2 — %n reading kept in memory until it can be written</numerusform>
            <numerusform>cannot store a reading in %1: %2 — %n readings kept in memory until it can be written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netlab::Screenshotter</name>
    <message numerus="yes">
        <source>%n screenshot(s) written to %1</source>
        <translation>
            <numerusform>%n screenshot written to %1</numerusform>
            <numerusform>%n screenshots written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netlab::SensorNodeSession</name>
    <message numerus="yes">
        <source>Stopped after %n packet(s).</source>
        <translation>
            <numerusform>Stopped after %n packet.</numerusform>
            <numerusform>Stopped after %n packets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netlab::SensorsTab</name>
    <message numerus="yes">
        <source>Follow the agent at this address too (up to %n agent(s))</source>
        <translation>
            <numerusform>Follow the agent at this address too (up to %n agent)</numerusform>
            <numerusform>Follow the agent at this address too (up to %n agents)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stored reading(s) fetched; following the live stream</source>
        <translation>
            <numerusform>%1: %n stored reading fetched; following the live stream</numerusform>
            <numerusform>%1: %n stored readings fetched; following the live stream</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The tab follows %n agent(s) at most; remove one first.</source>
        <translation>
            <numerusform>The tab follows %n agent at most; remove one first.</numerusform>
            <numerusform>The tab follows %n agents at most; remove one first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n malformed message(s) from the agent ignored</source>
        <translation>
            <numerusform> · %n malformed message from the agent ignored</numerusform>
            <numerusform> · %n malformed messages from the agent ignored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netlab::SerialTab</name>
    <message numerus="yes">
        <source>%n packet(s) exported to %1</source>
        <translation>
            <numerusform>%n packet exported to %1</numerusform>
            <numerusform>%n packets exported to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netlab::TcpServerTab</name>
    <message numerus="yes">
        <source>Sent %n byte(s)</source>
        <translation>
            <numerusform>Sent %n byte</numerusform>
            <numerusform>Sent %n bytes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>to %n client(s)</source>
        <translation>
            <numerusform>to %n client</numerusform>
            <numerusform>to %n clients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netlab::TextCodec</name>
    <message numerus="yes">
        <source>%n invalid %1 sequences (strict: shown as \xNN)</source>
        <translation>
            <numerusform>%n invalid %1 sequence (strict: shown as \xNN)</numerusform>
            <numerusform>%n invalid %1 sequences (strict: shown as \xNN)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid %1 sequences replaced</source>
        <translation>
            <numerusform>%n invalid %1 sequence replaced</numerusform>
            <numerusform>%n invalid %1 sequences replaced</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid %1 sequences dropped</source>
        <translation>
            <numerusform>%n invalid %1 sequence dropped</numerusform>
            <numerusform>%n invalid %1 sequences dropped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netlab::TrafficLogModel</name>
    <message numerus="yes">
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netlab::UdpMessageModel</name>
    <message numerus="yes">
        <source>%n byte(s): %1</source>
        <translation>
            <numerusform>%n byte: %1</numerusform>
            <numerusform>%n bytes: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netlab::UdpMessagesPanel</name>
    <message numerus="yes">
        <source>%n message(s) written to %1</source>
        <translation>
            <numerusform>%n message written to %1</numerusform>
            <numerusform>%n messages written to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netlab::UdpPortStatsModel</name>
    <message numerus="yes">
        <source>Messages per second over the last %n second(s); now %1, peak %2</source>
        <translation>
            <numerusform>Messages per second over the last %n second; now %1, peak %2</numerusform>
            <numerusform>Messages per second over the last %n seconds; now %1, peak %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netlab::UdpSenderPanel</name>
    <message numerus="yes">
        <source>Sent %n datagram(s) to %1 (%2/s)</source>
        <translation>
            <numerusform>Sent %n datagram to %1 (%2/s)</numerusform>
            <numerusform>Sent %n datagrams to %1 (%2/s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n failed: %1</source>
        <translation>
            <numerusform>; %n failed: %1</numerusform>
            <numerusform>; %n failed: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netlab::WorkbenchCore</name>
    <message numerus="yes">
        <source>the Sensors tab follows %n agent(s) already</source>
        <translation>
            <numerusform>the Sensors tab follows %n agent already</numerusform>
            <numerusform>the Sensors tab follows %n agents already</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>netlab::cli</name>
    <message numerus="yes">
        <source>storage: readings kept %n day(s)</source>
        <translation>
            <numerusform>storage: readings kept %n day</numerusform>
            <numerusform>storage: readings kept %n days</numerusform>
        </translation>
    </message>
</context>
</TS>
