#include "chatprotocol.h"

#include "textcodec.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace netlab {

namespace {

QByteArray toLine(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

// A string member: absent is allowed (empty), a non-string is not.
bool stringMember(const QJsonObject &object, QLatin1String key, QString *value)
{
    const QJsonValue member = object.value(key);
    if (member.isUndefined() || member.isNull()) {
        value->clear();
        return true;
    }
    if (!member.isString())
        return false;
    *value = member.toString();
    return true;
}

} // namespace

ChatProtocol::ChatProtocol(Mode mode)
    : m_mode(mode)
{ }

void ChatProtocol::reset()
{
    m_buffer.clear();
    m_skipping = false;
    m_overlongLines = 0;
    m_invalidLines = 0;
    m_invalidUtf8Lines = 0;
}

QList<ChatFrame> ChatProtocol::feed(QByteArrayView data)
{
    QList<ChatFrame> frames;
    while (!data.isEmpty()) {
        const qsizetype newline = data.indexOf('\n');
        const QByteArrayView part = newline < 0 ? data : data.first(newline);
        data = newline < 0 ? QByteArrayView() : data.sliced(newline + 1);
        if (m_skipping) {
            if (newline >= 0)
                m_skipping = false;
            continue;
        }
        if (m_buffer.size() + part.size() > kMaxLineBytes) {
            ++m_overlongLines;
            ChatFrame frame;
            frame.kind = ChatFrame::Kind::Overlong;
            frame.warning = tr("a line longer than %1 bytes was refused").arg(kMaxLineBytes);
            frames.append(frame);
            m_buffer.clear();
            m_skipping = newline < 0;
            continue;
        }
        if (newline < 0) {
            m_buffer.append(part);
            break;
        }
        if (m_buffer.isEmpty()) {
            takeLine(part, &frames);
        } else {
            m_buffer.append(part);
            const QByteArray line = std::exchange(m_buffer, QByteArray());
            takeLine(line, &frames);
        }
    }
    return frames;
}

QList<ChatFrame> ChatProtocol::flushPartial()
{
    QList<ChatFrame> frames;
    if (m_mode != Mode::Plain || m_buffer.isEmpty())
        return frames;
    const QByteArray line = std::exchange(m_buffer, QByteArray());
    takeLine(line, &frames);
    return frames;
}

void ChatProtocol::takeLine(QByteArrayView line, QList<ChatFrame> *frames)
{
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return;
    ChatFrame frame = parseLine(line, m_mode);
    if (frame.kind == ChatFrame::Kind::Invalid)
        ++m_invalidLines;
    else if (!frame.warning.isEmpty())
        ++m_invalidUtf8Lines;
    frames->append(frame);
}

ChatFrame ChatProtocol::parseLine(QByteArrayView line, Mode mode)
{
    const DecodeResult decoded
        = TextCodec(TextEncoding::Utf8, DecodeErrorMode::Replace).decode(line);
    const QString utf8Warning = invalidUtf8Warning(decoded.invalidSequences);

    if (mode == Mode::Plain) {
        ChatFrame frame;
        frame.kind = ChatFrame::Kind::PlainLine;
        frame.text = decoded.text;
        frame.warning = utf8Warning;
        frame.invalidSequences = decoded.invalidSequences;
        return frame;
    }

    const auto invalid = [&decoded](const QString &text, const QString &why) {
        ChatFrame frame;
        frame.kind = ChatFrame::Kind::Invalid;
        frame.text = text;
        frame.warning = why;
        frame.invalidSequences = decoded.invalidSequences;
        return frame;
    };
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(decoded.text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return invalid(decoded.text,
            tr("not a valid JSON line (%1 at character %2)")
                .arg(error.errorString())
                .arg(error.offset));
    if (!document.isObject())
        return invalid(decoded.text, tr("a JSON line that is not an object"));
    const QJsonObject object = document.object();
    const QJsonValue typeValue = object.value("type"_L1);
    if (!typeValue.isString())
        return invalid(decoded.text, tr("a JSON object without a \"type\""));
    const QString type = typeValue.toString();

    ChatFrame frame;
    frame.warning = utf8Warning;
    frame.invalidSequences = decoded.invalidSequences;
    QString nickname;
    const QLatin1String nickKey = type == u"msg" || type == u"typing" ? "from"_L1 : "nick"_L1;
    if (!stringMember(object, nickKey, &nickname))
        return invalid(decoded.text, tr("\"%1\" is not a string").arg(nickKey));
    frame.nickname = cleanNickname(nickname);

    if (type == u"hello") {
        frame.kind = ChatFrame::Kind::Hello;
        if (!stringMember(object, "version"_L1, &frame.version))
            return invalid(decoded.text, tr("\"version\" is not a string"));
        frame.version.truncate(kMaxIdLength);
    } else if (type == u"msg" || type == u"ack") {
        frame.kind = type == u"msg" ? ChatFrame::Kind::Message : ChatFrame::Kind::Ack;
        if (!stringMember(object, "id"_L1, &frame.id) || frame.id.isEmpty()
            || frame.id.size() > kMaxIdLength)
            return invalid(decoded.text,
                tr("\"id\" is missing or not a string of at most %1 characters").arg(kMaxIdLength));
        if (frame.kind == ChatFrame::Kind::Message) {
            const QJsonValue text = object.value("text"_L1);
            if (!text.isString())
                return invalid(decoded.text, tr("a message without a \"text\" string"));
            frame.text = text.toString();
            QString time;
            if (stringMember(object, "time"_L1, &time) && !time.isEmpty())
                frame.time = QDateTime::fromString(time, Qt::ISODateWithMs);
        }
    } else if (type == u"typing") {
        frame.kind = ChatFrame::Kind::Typing;
    } else if (type == u"joined" || type == u"left") {
        frame.kind = type == u"joined" ? ChatFrame::Kind::Joined : ChatFrame::Kind::Left;
        if (frame.nickname.isEmpty())
            return invalid(decoded.text, tr("\"%1\" without a nickname").arg(type));
    } else if (type == u"bye") {
        frame.kind = ChatFrame::Kind::Bye;
        QString reason;
        if (!stringMember(object, "reason"_L1, &reason))
            return invalid(decoded.text, tr("\"reason\" is not a string"));
        frame.text = reason.left(kMaxMessageLength);
    } else {
        return invalid(decoded.text, tr("unknown message type \"%1\"").arg(type.left(40)));
    }
    return frame;
}

QByteArray ChatProtocol::encodeHello(const QString &nickname, const QString &version)
{
    return toLine(
        {{"type"_L1, u"hello"_s}, {"nick"_L1, cleanNickname(nickname)}, {"version"_L1, version}});
}

QByteArray ChatProtocol::encodeMessage(
    const QString &id, const QString &text, const QDateTime &time, const QString &from)
{
    QJsonObject object {{"type"_L1, u"msg"_s}, {"id"_L1, id}, {"text"_L1, text},
        {"time"_L1, time.toUTC().toString(Qt::ISODateWithMs)}};
    if (!from.isEmpty())
        object.insert("from"_L1, cleanNickname(from));
    return toLine(object);
}

QByteArray ChatProtocol::encodeAck(const QString &id)
{
    return toLine({{"type"_L1, u"ack"_s}, {"id"_L1, id}});
}

QByteArray ChatProtocol::encodeTyping(const QString &from)
{
    return toLine({{"type"_L1, u"typing"_s}, {"from"_L1, cleanNickname(from)}});
}

QByteArray ChatProtocol::encodeJoined(const QString &nickname)
{
    return toLine({{"type"_L1, u"joined"_s}, {"nick"_L1, cleanNickname(nickname)}});
}

QByteArray ChatProtocol::encodeLeft(const QString &nickname)
{
    return toLine({{"type"_L1, u"left"_s}, {"nick"_L1, cleanNickname(nickname)}});
}

QByteArray ChatProtocol::encodeBye(const QString &reason)
{
    return toLine({{"type"_L1, u"bye"_s}, {"reason"_L1, reason}});
}

QByteArray ChatProtocol::encodeGreeting(const QString &nickname)
{
    return (u"* "_s
        + tr("NetLab chat hosted by %1: type a line and press Enter to talk.")
              .arg(cleanNickname(nickname))
        + u' ' + QLatin1StringView(kGreetingMark) + u'\n')
        .toUtf8();
}

bool ChatProtocol::isGreeting(const QString &line)
{
    return line.startsWith(u"* "_s) && line.trimmed().endsWith(QLatin1StringView(kGreetingMark));
}

QByteArray ChatProtocol::encodePlain(const QString &text, const QString &prefix)
{
    QByteArray out;
    const QString cleanPrefix = prefix.isEmpty() ? QString() : cleanNickname(prefix);
    QString normalised = text;
    normalised.replace(u"\r\n"_s, u"\n"_s);
    normalised.replace(u'\r', u'\n');
    const QStringList lines = normalised.split(u'\n');
    for (const QString &line : lines) {
        if (!cleanPrefix.isEmpty())
            out += cleanPrefix.toUtf8() + ": ";
        out += line.toUtf8();
        out += '\n';
    }
    return out;
}

QString ChatProtocol::invalidUtf8Warning(int invalidSequences)
{
    if (invalidSequences <= 0)
        return QString();
    return tr("%n invalid UTF-8 sequence(s) shown as \uFFFD", nullptr, invalidSequences);
}

QString ChatProtocol::cleanNickname(const QString &nickname)
{
    QString clean;
    clean.reserve(std::min(nickname.size(), kMaxNicknameLength * 2));
    for (const QChar c : nickname) {
        if (c.isSpace()) {
            clean.append(u' ');
            continue;
        }
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            continue;
        clean.append(c);
        if (clean.size() > kMaxNicknameLength * 2)
            break;
    }
    clean = clean.simplified();
    if (clean.size() > kMaxNicknameLength) {
        clean.truncate(kMaxNicknameLength);
        if (clean.back().isHighSurrogate())
            clean.chop(1);
        clean = clean.trimmed();
    }
    return clean;
}

} // namespace netlab
