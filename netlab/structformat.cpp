/*
 * Python `struct` format strings, as CPython 3.11 reads them on x86-64 Linux.
 *
 *   format  := [prefix] { space | item }
 *   prefix  := '@' | '=' | '<' | '>' | '!'        only as the very first character
 *   item    := [count] code                       no space between count and code
 *   count   := digit { digit }                    0 allowed; "4f" = "ffff", "10s" = one value
 *   space   := ' ' | '\t' | '\n' | '\r' | '\v' | '\f'
 *
 *   code  value      native '@' (size/align)   standard '= < > !' (size, no alignment)
 *   x     (pad byte)  1/1                       1
 *   c     bytes[1]    1/1                       1
 *   b B   int         1/1                       1
 *   ?     bool        1/1                       1
 *   h H   int         2/2                       2
 *   i I   int         4/4                       4
 *   l L   int         8/8                       4
 *   q Q   int         8/8                       8
 *   n N   int         8/8 (ssize_t / size_t)    -- not allowed
 *   P     int         8/8 (void *)              -- not allowed
 *   e     float       2/2 (IEEE half)           2
 *   f     float       4/4                       4
 *   d     float       8/8                       8
 *   s     bytes       count bytes, one value    same
 *   p     bytes       count bytes: length byte (at most count-1, 255) + data, one value
 *
 * Byte order: '@' and '=' native (little endian here), '<' little, '>' and '!' big.
 * Native mode aligns each item to its own size (also for a count of 0: "b0i" is 4 bytes)
 * but adds no trailing padding, exactly like Python. Unsigned 'B H I L Q N P' decode as
 * unsigned; 'x' consumes bytes and produces no value.
 */
#include <netlab/structformat.h>

#include "structformat_p.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <cmath>
#include <cstring>
#include <limits>

namespace netlab {

using namespace structdetail;

// --- parsing ----------------------------------------------------------------------------

bool StructFormat::fail(const QString &message, int position)
{
    m_valid = false;
    m_ops.clear();
    m_size = 0;
    m_error = message;
    m_errorPosition = position;
    return false;
}

StructFormat StructFormat::parse(const QString &format, const QStringList &names)
{
    StructFormat result;
    result.m_format = format;
    result.m_valid = true;
    const qsizetype length = format.size();
    if (length > kMaxFormatLength) {
        result.fail(
            tr("format too long: %1 characters, at most %2").arg(length).arg(kMaxFormatLength), -1);
        return result;
    }

    qsizetype pos = 0;
    if (length > 0) {
        switch (format.at(0).unicode()) {
        case u'@':
            pos = 1;
            break;
        case u'=':
            result.m_native = false;
            result.m_bigEndian = kHostBigEndian;
            pos = 1;
            break;
        case u'<':
            result.m_native = false;
            result.m_bigEndian = false;
            pos = 1;
            break;
        case u'>':
        case u'!':
            result.m_native = false;
            result.m_bigEndian = true;
            pos = 1;
            break;
        default:
            break;
        }
    }
    if (result.m_native)
        result.m_bigEndian = kHostBigEndian;

    constexpr qint64 kMaxSize = std::numeric_limits<qint64>::max(); // Python's PY_SSIZE_T_MAX
    const QString tooLong = tr("total struct size too long");
    qint64 size = 0;
    while (pos < length) {
        char16_t c = format.at(pos).unicode();
        const int itemPos = int(pos);
        ++pos;
        if (isPythonSpace(c))
            continue;
        qint64 count = 1;
        int codePos = itemPos;
        if (c >= u'0' && c <= u'9') {
            count = c - u'0';
            while (pos < length && format.at(pos) >= u'0' && format.at(pos) <= u'9') {
                const int digit = format.at(pos).unicode() - u'0';
                if (count > (kMaxSize - digit) / 10) {
                    result.fail(tr("%1 at position %2").arg(tooLong).arg(itemPos), itemPos);
                    return result;
                }
                count = count * 10 + digit;
                ++pos;
            }
            if (pos >= length) {
                result.fail(
                    tr("repeat count given without format specifier at position %1").arg(itemPos),
                    itemPos);
                return result;
            }
            codePos = int(pos);
            c = format.at(pos).unicode();
            ++pos;
        }
        const Entry *entry = result.m_native ? lookup(kNative, c) : lookup(kStandard, c);
        if (!entry) {
            QString shown;
            if (c == 0)
                shown = QStringLiteral("\\0");
            else if (c < 0x20 || c == 0x7f)
                shown = QStringLiteral("\\x%1").arg(int(c), 2, 16, QLatin1Char('0'));
            else
                shown = QString(QChar(c));
            QString message
                = tr("bad char in struct format at position %1: '%2'").arg(codePos).arg(shown);
            if (c == u'n' || c == u'N' || c == u'P')
                message += tr(" (only in native mode: '@' or no prefix)");
            else if (c == u'@' || c == u'=' || c == u'<' || c == u'>' || c == u'!')
                message += tr(" (a byte-order prefix is only allowed as the first character)");
            else if (isPythonSpace(c))
                message += tr(" (no space between a count and its format character)");
            result.fail(message, codePos);
            return result;
        }

        const qsizetype itemSize = entry->size;
        if (result.m_native && itemSize > 1 && entry->kind != KString && entry->kind != KPascal
            && size > 0) {
            const qint64 extra = (itemSize - 1) - (size - 1) % itemSize;
            if (extra > kMaxSize - size) {
                result.fail(tr("%1 at position %2").arg(tooLong).arg(codePos), codePos);
                return result;
            }
            size += extra;
        }
        if (count > (kMaxSize - size) / itemSize) {
            result.fail(tr("%1 at position %2").arg(tooLong).arg(codePos), codePos);
            return result;
        }

        if (entry->kind == KString || entry->kind == KPascal) {
            if (result.m_ops.size() + 1 > kMaxValues) {
                result.fail(
                    tr("too many values at position %1: at most %2").arg(codePos).arg(kMaxValues),
                    codePos);
                return result;
            }
            Op op;
            op.code = char(c);
            op.kind = entry->kind;
            op.size = count;
            op.offset = size;
            result.m_ops.append(op);
        } else if (entry->kind != KPad) {
            if (result.m_ops.size() + count > kMaxValues) {
                result.fail(
                    tr("too many values at position %1: at most %2").arg(codePos).arg(kMaxValues),
                    codePos);
                return result;
            }
            for (qint64 k = 0; k < count; ++k) {
                Op op;
                op.code = char(c);
                op.kind = entry->kind;
                op.size = itemSize;
                op.offset = size + k * itemSize;
                result.m_ops.append(op);
            }
        }
        size += count * itemSize;
    }
    result.m_size = size;

    QString error;
    if (!result.setNames(names, &error))
        result.fail(error, -1);
    return result;
}

StructFormat StructFormat::parse(const QString &format, const QString &commaSeparatedNames)
{
    QStringList names;
    if (!commaSeparatedNames.trimmed().isEmpty()) {
        const QStringList parts = commaSeparatedNames.split(u',');
        for (const QString &part : parts)
            names.append(part.trimmed());
    }
    return parse(format, names);
}

QList<StructFormatPreset> StructFormat::presets()
{
    return {
        StructFormatPreset {QStringLiteral("drone"), tr("Drone frame (40 bytes)"),
            QStringLiteral("<diiiiffff"),
            {QStringLiteral("date"), QStringLiteral("pitch"), QStringLiteral("roll"),
                QStringLiteral("yaw"), QStringLiteral("battery"), QStringLiteral("barometer"),
                QStringLiteral("agx"), QStringLiteral("agy"), QStringLiteral("agz")},
            0},
        StructFormatPreset {QStringLiteral("sensor-node"),
            tr("Serial sensor-node packet (64 bytes)"), QStringLiteral("<4sII6f28x"),
            {QStringLiteral("magic"), QStringLiteral("seq"), QStringLiteral("time_ms"),
                QStringLiteral("dx"), QStringLiteral("dy"), QStringLiteral("dz"),
                QStringLiteral("roll"), QStringLiteral("pitch"), QStringLiteral("yaw")},
            -1},
    };
}

StructFormat StructFormat::fromPreset(const StructFormatPreset &preset)
{
    StructFormat format = parse(preset.format, preset.names);
    if (format.isValid() && preset.timestampField >= 0)
        format.setTimestampField(preset.timestampField);
    return format;
}

StructFormat StructFormat::droneFrame()
{
    return fromPreset(presets().at(0));
}

StructFormat StructFormat::sensorNodePacket()
{
    return fromPreset(presets().at(1));
}

QStringList StructFormat::names() const
{
    QStringList list;
    list.reserve(m_ops.size());
    for (const Op &op : m_ops)
        list.append(op.name);
    return list;
}

QList<StructField> StructFormat::fields() const
{
    QList<StructField> list;
    list.reserve(m_ops.size());
    for (const Op &op : m_ops)
        list.append(StructField {op.name, op.code, op.offset, op.size, op.timestamp});
    return list;
}

bool StructFormat::setNames(const QStringList &names, QString *error)
{
    if (!names.isEmpty() && names.size() != m_ops.size()) {
        if (error)
            *error = tr("%1 names for %2 values").arg(names.size()).arg(m_ops.size());
        return false;
    }
    for (qsizetype k = 0; k < m_ops.size(); ++k) {
        const QString name = names.isEmpty() ? QString() : names.at(k).trimmed();
        m_ops[k].name = name.isEmpty() ? QStringLiteral("v%1").arg(k) : name;
    }
    return true;
}

bool StructFormat::setTimestampField(int index, bool timestamp, QString *error)
{
    if (index < 0 || index >= m_ops.size()) {
        if (error)
            *error = tr("no value %1 (the format has %2)").arg(index).arg(m_ops.size());
        return false;
    }
    Op &op = m_ops[index];
    if (timestamp && op.kind != KF64 && op.kind != KF32 && op.kind != KF16) {
        if (error)
            *error = tr("%1 is not a float field; a timestamp is float seconds since the epoch")
                         .arg(op.name);
        return false;
    }
    op.timestamp = timestamp;
    return true;
}

bool StructFormat::isTimestampField(int index) const
{
    return index >= 0 && index < m_ops.size() && m_ops.at(index).timestamp;
}

// --- decoding ---------------------------------------------------------------------------

namespace {

template<bool Swap, typename OpT>
inline void decodeOne(const char *data, const OpT &op, StructValue &v)
{
    const char *p = data + op.offset;
    switch (op.kind) {
    case KI8:
        v.type = StructValue::Type::Int;
        v.i = qint8(*p);
        break;
    case KU8:
        v.type = StructValue::Type::UInt;
        v.u = quint8(*p);
        break;
    case KBool:
        v.type = StructValue::Type::Bool;
        v.b = *p != 0;
        break;
    case KI16:
        v.type = StructValue::Type::Int;
        v.i = load<qint16, Swap>(p);
        break;
    case KU16:
        v.type = StructValue::Type::UInt;
        v.u = load<quint16, Swap>(p);
        break;
    case KI32:
        v.type = StructValue::Type::Int;
        v.i = load<qint32, Swap>(p);
        break;
    case KU32:
        v.type = StructValue::Type::UInt;
        v.u = load<quint32, Swap>(p);
        break;
    case KI64:
        v.type = StructValue::Type::Int;
        v.i = load<qint64, Swap>(p);
        break;
    case KU64:
        v.type = StructValue::Type::UInt;
        v.u = load<quint64, Swap>(p);
        break;
    case KF16:
        v.type = StructValue::Type::Float;
        v.f = halfToDouble(load<quint16, Swap>(p));
        break;
    case KF32: {
        const quint32 bits = load<quint32, Swap>(p);
        float value;
        std::memcpy(&value, &bits, sizeof value);
        v.type = StructValue::Type::Float;
        v.f = value;
        break;
    }
    case KF64: {
        const quint64 bits = load<quint64, Swap>(p);
        std::memcpy(&v.f, &bits, sizeof v.f);
        v.type = StructValue::Type::Float;
        break;
    }
    case KChar:
    case KString:
    case KPascal: {
        qsizetype start = 0;
        qsizetype n = op.kind == KChar ? 1 : op.size;
        if (op.kind == KPascal) {
            if (op.size == 0) {
                n = 0;
            } else {
                n = qMin<qsizetype>(quint8(*p), op.size - 1);
                start = 1;
            }
        }
        v.type = StructValue::Type::Bytes;
        if (v.bytes.size() != n)
            v.bytes.resize(n);
        if (n > 0)
            std::memcpy(v.bytes.data(), p + start, size_t(n));
        break;
    }
    default:
        break;
    }
}

} // namespace

bool StructFormat::decode(QByteArrayView data, QList<StructValue> &values, QString *error) const
{
    if (!m_valid) {
        if (error)
            *error = m_error.isEmpty() ? tr("no format") : m_error;
        return false;
    }
    if (data.size() != m_size) {
        if (error)
            *error = tr("%1 bytes, format needs %2").arg(data.size()).arg(m_size);
        return false;
    }
    const qsizetype count = m_ops.size();
    if (values.size() != count)
        values.resize(count);
    StructValue *out = values.data();
    const Op *ops = m_ops.constData();
    const char *bytes = data.data();
    if (m_bigEndian != kHostBigEndian) {
        for (qsizetype k = 0; k < count; ++k)
            decodeOne<true>(bytes, ops[k], out[k]);
    } else {
        for (qsizetype k = 0; k < count; ++k)
            decodeOne<false>(bytes, ops[k], out[k]);
    }
    return true;
}

QList<StructValue> StructFormat::decode(QByteArrayView data, QString *error) const
{
    QList<StructValue> values;
    if (!decode(data, values, error))
        values.clear();
    return values;
}

} // namespace netlab
