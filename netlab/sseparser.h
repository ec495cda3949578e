#pragma once

#include <QByteArray>
#include <QList>

#include <optional>

namespace netlab {

// Server-Sent Events framing (text/event-stream, WHATWG HTML "event stream interpretation"),
// plain C++: feed() bytes as they arrive, get the complete events back.
//
//   stream  = *( comment / field / blank ) ; lines end in LF, CRLF or CR
//   comment = ":" any-text EOL                ; ignored (keep-alive)
//   field   = name [ ":" [ " " ] value ] EOL  ; event, data, id, retry; others ignored
//   blank   = EOL                             ; dispatches the event (if it has data)
// data lines join with "\n"; an event without "event:" is called "message".
// Bounded: a line longer than kMaxLine or an event over kMaxEvent is dropped and counted.
class SseParser
{
public:
    static constexpr qsizetype kMaxLine = 64 * 1024;
    static constexpr qsizetype kMaxEvent = 1024 * 1024;

    struct Event
    {
        QByteArray event;
        QByteArray data;
        QByteArray id;
    };

    QList<Event> feed(QByteArrayView bytes);
    void reset();

    // The id of the last dispatched event that had one (for Last-Event-ID on reconnect).
    QByteArray lastEventId() const { return m_lastEventId; }
    std::optional<int> retryMs() const { return m_retryMs; }
    int droppedCount() const { return m_dropped; }

private:
    void line(QByteArrayView text, QList<Event> *events);

    QByteArray m_line;
    bool m_skippingLine = false; // the rest of an over-long line
    bool m_lastWasCr = false;
    Event m_current;
    bool m_hasData = false;
    bool m_eventTooLarge = false;
    QByteArray m_lastEventId;
    std::optional<int> m_retryMs;
    int m_dropped = 0;
};

} // namespace netlab
