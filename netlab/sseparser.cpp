#include <netlab/sseparser.h>

namespace netlab {

QList<SseParser::Event> SseParser::feed(QByteArrayView bytes)
{
    QList<Event> events;
    for (char c : bytes) {
        if (c == '\n' && m_lastWasCr) { // the LF of a CRLF
            m_lastWasCr = false;
            continue;
        }
        m_lastWasCr = c == '\r';
        if (c == '\n' || c == '\r') {
            if (m_skippingLine)
                m_skippingLine = false;
            else
                line(m_line, &events);
            m_line.clear();
            continue;
        }
        if (m_skippingLine)
            continue;
        if (m_line.size() >= kMaxLine) {
            ++m_dropped;
            m_line.clear();
            m_skippingLine = true;
            m_eventTooLarge = true; // the event lost a line: not dispatched
            continue;
        }
        m_line.append(c);
    }
    return events;
}

void SseParser::reset()
{
    *this = SseParser();
}

void SseParser::line(QByteArrayView text, QList<Event> *events)
{
    if (text.isEmpty()) {
        if (m_hasData && !m_eventTooLarge) {
            if (m_current.event.isEmpty())
                m_current.event = "message";
            if (!m_current.id.isEmpty())
                m_lastEventId = m_current.id;
            events->append(std::move(m_current));
        } else if (!m_current.id.isEmpty() && !m_eventTooLarge) {
            m_lastEventId = m_current.id;
        }
        m_current = Event();
        m_hasData = false;
        m_eventTooLarge = false;
        return;
    }
    if (text.front() == ':')
        return;
    const qsizetype colon = text.indexOf(':');
    const QByteArrayView name = colon < 0 ? text : text.first(colon);
    QByteArrayView value = colon < 0 ? QByteArrayView() : text.sliced(colon + 1);
    if (value.startsWith(' '))
        value = value.sliced(1);
    if (name == "event") {
        m_current.event = value.toByteArray();
    } else if (name == "data") {
        if (m_current.data.size() + value.size() > kMaxEvent) {
            if (!m_eventTooLarge)
                ++m_dropped;
            m_eventTooLarge = true;
            return;
        }
        if (m_hasData)
            m_current.data.append('\n');
        m_current.data.append(value);
        m_hasData = true;
    } else if (name == "id") {
        if (!value.contains('\0'))
            m_current.id = value.toByteArray();
    } else if (name == "retry") {
        bool ok = false;
        const int ms = value.toByteArray().toInt(&ok);
        if (ok && ms >= 0)
            m_retryMs = ms;
    }
}

} // namespace netlab
