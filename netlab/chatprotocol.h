#pragma once

// The LAN mini chat's framing, as a plain class fed bytes (no sockets, no event loop).
//
// Wire grammar (full duplex over TCP; both sides may send at any time):
//
//   stream     = *line
//   line       = *(any byte except LF) LF        ; a CR before the LF is dropped
//   line size  <= kMaxLineBytes (64 KiB) before the LF; a longer line is refused: one
//                Overlong frame when the limit is crossed, then its bytes are skipped up to
//                and including the next LF (the connection goes on). Empty lines are ignored.
//
//   Plain mode (nc, the course's Python chat script): a line is UTF-8 text; invalid
//   sequences become U+FFFD (counted, with a warning). Some scripts send without a line
//   end: flushPartial() hands out what is pending as a line (the peer calls it after a
//   short quiet time).
//
//   Netlab mode: a line is one UTF-8 JSON object with a "type" member:
//     {"type":"hello","nick":N,"version":V}            first line of each side
//     {"type":"msg","id":I,"text":T,"time":ISO8601,"from":N}
//                                                    "from" is set by a host that relays
//     {"type":"ack","id":I}                           the receiver's workbench showed msg I
//     {"type":"typing","from":N}                      sent at most every few seconds
//     {"type":"joined","nick":N} / {"type":"left","nick":N}   a host tells its group
//     {"type":"bye","reason":R}                       the sender leaves (R may be empty)
//   N: at most kMaxNicknameLength characters, I: at most kMaxIdLength, T: at most
//   kMaxMessageLength. A line that is not such an object (garbage, truncated JSON, a wrong
//   member type, an unknown "type") is an Invalid frame: its text shown raw with a warning.
//
//   Encoding: the encode*() functions emit exactly one line each (LF-terminated); a
//   multi-line message is one JSON line in netlab mode and one text line per line in
//   plain mode.

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace netlab {

struct ChatFrame
{
    enum class Kind {
        Hello, // nickname, version
        Message, // id, text, time, nickname ("from", may be empty)
        Ack, // id
        Typing, // nickname
        Joined, // nickname
        Left, // nickname
        Bye, // text: the reason, may be empty
        PlainLine, // text (plain mode)
        Invalid, // text: the line decoded with replacement characters; warning says why
        Overlong, // warning; the rest of that line is skipped
    };

    Kind kind = Kind::PlainLine;
    QString nickname;
    QString version;
    QString id;
    QString text;
    QDateTime time; // Message: the sender's clock (may be invalid)
    QString warning; // non-empty: something about this line was wrong (e.g. invalid UTF-8)
    int invalidSequences = 0; // invalid UTF-8 sequences in the line (shown as U+FFFD)
};

class ChatProtocol
{
    Q_DECLARE_TR_FUNCTIONS(netlab::ChatProtocol)

public:
    enum class Mode { Plain, Netlab };

    static constexpr qsizetype kMaxLineBytes = 64 * 1024;
    static constexpr qsizetype kMaxMessageLength = 8000; // UTF-16 units of a message's text
    static constexpr qsizetype kMaxNicknameLength = 32;
    static constexpr qsizetype kMaxIdLength = 64;
    static constexpr const char *kGreetingMark = "(netlab-chat)";

    explicit ChatProtocol(Mode mode = Mode::Netlab);

    Mode mode() const { return m_mode; }
    // Lines fed after this are read in the new mode.
    void setMode(Mode mode) { m_mode = mode; }

    // Splits `data` into lines and decodes each complete one.
    QList<ChatFrame> feed(QByteArrayView data);
    // Plain mode: the pending bytes without a line end, as a PlainLine (none if empty or in
    // netlab mode, where half a JSON object is not a message).
    QList<ChatFrame> flushPartial();
    qsizetype pendingBytes() const { return m_buffer.size(); }
    void reset();

    // Counters of bad input since construction / reset().
    qint64 overlongLines() const { return m_overlongLines; }
    qint64 invalidLines() const { return m_invalidLines; }
    qint64 invalidUtf8Lines() const { return m_invalidUtf8Lines; }

    // Decodes one line (without its LF) in `mode`.
    static ChatFrame parseLine(QByteArrayView line, Mode mode);

    static QByteArray encodeHello(const QString &nickname, const QString &version);
    static QByteArray encodeMessage(
        const QString &id, const QString &text, const QDateTime &time, const QString &from);
    static QByteArray encodeAck(const QString &id);
    static QByteArray encodeTyping(const QString &from);
    static QByteArray encodeJoined(const QString &nickname);
    static QByteArray encodeLeft(const QString &nickname);
    static QByteArray encodeBye(const QString &reason);
    // The line a netlab host says to a joiner that stays silent: readable by an nc user
    // ("* NetLab chat hosted by Ana: type a line and press Enter to talk. (netlab-chat)"),
    // and recognised by a netlab joiner, which then says hello. The human part is in the
    // host's language; the "(netlab-chat)" mark at the end is what is recognised.
    static QByteArray encodeGreeting(const QString &nickname);
    static bool isGreeting(const QString &line);
    // Plain mode: each line of `text` on its own line, prefixed with "prefix: " when a
    // prefix is given (a host relaying someone else's message to an nc user).
    static QByteArray encodePlain(const QString &text, const QString &prefix = QString());

    // A nickname as shown and sent: control characters dropped, spaces collapsed, trimmed,
    // cut to kMaxNicknameLength.
    static QString cleanNickname(const QString &nickname);
    // "2 invalid UTF-8 sequences shown as �"; empty for 0.
    static QString invalidUtf8Warning(int invalidSequences);

private:
    void takeLine(QByteArrayView line, QList<ChatFrame> *frames);

    Mode m_mode = Mode::Netlab;
    QByteArray m_buffer; // bytes of the current line, at most kMaxLineBytes
    bool m_skipping = false; // inside a refused overlong line
    qint64 m_overlongLines = 0;
    qint64 m_invalidLines = 0;
    qint64 m_invalidUtf8Lines = 0;
};

} // namespace netlab
