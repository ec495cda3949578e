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

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QtEndian>

#include <cmath>
#include <cstring>
#include <limits>

namespace netlab {

namespace {

constexpr bool kHostBigEndian = Q_BYTE_ORDER == Q_BIG_ENDIAN;

enum Kind : quint8 {
    KPad,
    KI8,
    KU8,
    KBool,
    KChar,
    KI16,
    KU16,
    KI32,
    KU32,
    KI64,
    KU64,
    KF16,
    KF32,
    KF64,
    KString,
    KPascal,
};

struct Entry
{
    char code;
    Kind kind;
    qsizetype size;
};

// Native sizes (and alignments) on x86-64 Linux, as CPython's native_table.
constexpr Entry kNative[] = {
    {'x', KPad, 1},
    {'c', KChar, 1},
    {'b', KI8, 1},
    {'B', KU8, 1},
    {'?', KBool, 1},
    {'h', KI16, 2},
    {'H', KU16, 2},
    {'i', KI32, 4},
    {'I', KU32, 4},
    {'l', KI64, 8},
    {'L', KU64, 8},
    {'q', KI64, 8},
    {'Q', KU64, 8},
    {'n', KI64, 8},
    {'N', KU64, 8},
    {'P', KU64, 8},
    {'e', KF16, 2},
    {'f', KF32, 4},
    {'d', KF64, 8},
    {'s', KString, 1},
    {'p', KPascal, 1},
};

// Standard sizes ('=', '<', '>', '!'): no n, N, P.
constexpr Entry kStandard[] = {
    {'x', KPad, 1},
    {'c', KChar, 1},
    {'b', KI8, 1},
    {'B', KU8, 1},
    {'?', KBool, 1},
    {'h', KI16, 2},
    {'H', KU16, 2},
    {'i', KI32, 4},
    {'I', KU32, 4},
    {'l', KI32, 4},
    {'L', KU32, 4},
    {'q', KI64, 8},
    {'Q', KU64, 8},
    {'e', KF16, 2},
    {'f', KF32, 4},
    {'d', KF64, 8},
    {'s', KString, 1},
    {'p', KPascal, 1},
};

template<std::size_t N>
const Entry *lookup(const Entry (&table)[N], char16_t c)
{
    for (const Entry &entry : table) {
        if (char16_t(entry.code) == c)
            return &entry;
    }
    return nullptr;
}

bool isPythonSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\v' || c == u'\f';
}

template<typename T, bool Swap>
inline T load(const char *p)
{
    T value;
    std::memcpy(&value, p, sizeof value);
    if constexpr (Swap)
        value = qbswap(value);
    return value;
}

template<typename T, bool Swap>
inline void store(char *p, T value)
{
    if constexpr (Swap)
        value = qbswap(value);
    std::memcpy(p, &value, sizeof value);
}

double halfToDouble(quint16 half)
{
    const bool negative = half & 0x8000;
    const int exponent = (half >> 10) & 0x1f;
    const int mantissa = half & 0x3ff;
    double value;
    if (exponent == 0)
        value = std::ldexp(double(mantissa), -24);
    else if (exponent == 31)
        value = mantissa ? std::numeric_limits<double>::quiet_NaN()
                         : std::numeric_limits<double>::infinity();
    else
        value = std::ldexp(double(mantissa + 1024), exponent - 25);
    return negative ? -value : value;
}

// IEEE half with round-half-to-even, as PyFloat_Pack2; false when too large.
bool doubleToHalf(double x, quint16 *half)
{
    const quint16 sign = std::signbit(x) ? 0x8000 : 0;
    if (std::isnan(x)) {
        *half = sign | 0x7e00;
        return true;
    }
    if (std::isinf(x)) {
        *half = sign | 0x7c00;
        return true;
    }
    x = std::fabs(x);
    if (x == 0.0) {
        *half = sign;
        return true;
    }
    int e = 0;
    double f = std::frexp(x, &e); // x = f * 2^e, 0.5 <= f < 1
    f *= 2.0;
    --e; // now 1 <= f < 2
    if (e >= 16)
        return false;
    if (e < -25) {
        f = 0.0;
        e = 0;
    } else if (e < -14) {
        f = std::ldexp(f, 14 + e);
        e = 0;
    } else {
        e += 15;
        f -= 1.0;
    }
    f *= 1024.0;
    unsigned bits = unsigned(f);
    const double rest = f - bits;
    if (rest > 0.5 || (rest == 0.5 && (bits & 1))) {
        ++bits;
        if (bits == 1024) {
            bits = 0;
            ++e;
            if (e == 31)
                return false;
        }
    }
    *half = quint16(sign | (e << 10) | bits);
    return true;
}

} // namespace

// --- StructValue ------------------------------------------------------------------------

StructValue StructValue::fromInt(qint64 value)
{
    StructValue v;
    v.type = Type::Int;
    v.i = value;
    return v;
}

StructValue StructValue::fromUInt(quint64 value)
{
    StructValue v;
    v.type = Type::UInt;
    v.u = value;
    return v;
}

StructValue StructValue::fromDouble(double value)
{
    StructValue v;
    v.type = Type::Float;
    v.f = value;
    return v;
}

StructValue StructValue::fromBool(bool value)
{
    StructValue v;
    v.type = Type::Bool;
    v.b = value;
    return v;
}

StructValue StructValue::fromBytes(const QByteArray &value)
{
    StructValue v;
    v.type = Type::Bytes;
    v.bytes = value;
    return v;
}

double StructValue::toDouble() const
{
    switch (type) {
    case Type::Int:
        return double(i);
    case Type::UInt:
        return double(u);
    case Type::Float:
        return f;
    case Type::Bool:
        return b ? 1.0 : 0.0;
    case Type::Bytes:
        break;
    }
    return 0.0;
}

QVariant StructValue::toVariant() const
{
    switch (type) {
    case Type::Int:
        return QVariant::fromValue(qlonglong(i));
    case Type::UInt:
        return QVariant::fromValue(qulonglong(u));
    case Type::Float:
        return QVariant::fromValue(f);
    case Type::Bool:
        return QVariant::fromValue(b);
    case Type::Bytes:
        break;
    }
    return QVariant::fromValue(bytes);
}

static QString pythonFloatRepr(double value)
{
    if (std::isnan(value))
        return QStringLiteral("nan");
    if (std::isinf(value))
        return value < 0 ? QStringLiteral("-inf") : QStringLiteral("inf");
    if (value == 0.0)
        return std::signbit(value) ? QStringLiteral("-0.0") : QStringLiteral("0.0");
    const int exponent = int(std::floor(std::log10(std::fabs(value))));
    if (exponent < -4 || exponent >= 16)
        return QString::number(value, 'e', QLocale::FloatingPointShortest);
    QString text = QString::number(value, 'f', QLocale::FloatingPointShortest);
    if (!text.contains(u'.'))
        text += QStringLiteral(".0");
    return text;
}

static QString pythonBytesRepr(const QByteArray &bytes)
{
    const bool useDouble = bytes.contains('\'') && !bytes.contains('"');
    const char quote = useDouble ? '"' : '\'';
    QString text = QStringLiteral("b");
    text += QLatin1Char(quote);
    for (const char ch : bytes) {
        const auto c = uchar(ch);
        if (c == '\\' || c == uchar(quote)) {
            text += u'\\';
            text += QLatin1Char(char(c));
        } else if (c == '\t') {
            text += QStringLiteral("\\t");
        } else if (c == '\n') {
            text += QStringLiteral("\\n");
        } else if (c == '\r') {
            text += QStringLiteral("\\r");
        } else if (c >= 0x20 && c < 0x7f) {
            text += QLatin1Char(char(c));
        } else {
            text += QStringLiteral("\\x%1").arg(c, 2, 16, QLatin1Char('0'));
        }
    }
    text += QLatin1Char(quote);
    return text;
}

QString StructValue::toString() const
{
    switch (type) {
    case Type::Int:
        return QString::number(i);
    case Type::UInt:
        return QString::number(u);
    case Type::Float:
        return pythonFloatRepr(f);
    case Type::Bool:
        return b ? QStringLiteral("True") : QStringLiteral("False");
    case Type::Bytes:
        break;
    }
    return pythonBytesRepr(bytes);
}

bool operator==(const StructValue &a, const StructValue &b)
{
    if (a.type != b.type)
        return false;
    switch (a.type) {
    case StructValue::Type::Int:
        return a.i == b.i;
    case StructValue::Type::UInt:
        return a.u == b.u;
    case StructValue::Type::Float:
        return a.f == b.f || (std::isnan(a.f) && std::isnan(b.f));
    case StructValue::Type::Bool:
        return a.b == b.b;
    case StructValue::Type::Bytes:
        break;
    }
    return a.bytes == b.bytes;
}

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

// --- encoding ---------------------------------------------------------------------------

namespace {

enum class Packer { Native, LittleStandard, BigStandard };

// Python's messages for an integer that does not fit (see the table in tst_structformat).
QString rangeMessage(char code, Packer packer, bool negative)
{
    const bool big = packer == Packer::BigStandard;
    const QString outOfRange = QStringLiteral("argument out of range");
    switch (code) {
    case 'b':
        return QStringLiteral("byte format requires -128 <= number <= 127");
    case 'B':
        return QStringLiteral("ubyte format requires 0 <= number <= 255");
    case 'h':
        return big ? QStringLiteral("'h' format requires -32768 <= number <= 32767")
                   : QStringLiteral("short format requires -32768 <= number <= 32767");
    case 'H':
        if (!big)
            return QStringLiteral("ushort format requires 0 <= number <= 65535");
        return negative ? outOfRange : QStringLiteral("'H' format requires 0 <= number <= 65535");
    case 'i':
        return QStringLiteral("'i' format requires -2147483648 <= number <= 2147483647");
    case 'I':
        return negative ? outOfRange
                        : QStringLiteral("'I' format requires 0 <= number <= 4294967295");
    case 'l':
        return packer == Packer::Native
            ? outOfRange
            : QStringLiteral("'l' format requires -2147483648 <= number <= 2147483647");
    case 'L':
        return packer == Packer::Native || negative
            ? outOfRange
            : QStringLiteral("'L' format requires 0 <= number <= 4294967295");
    default:
        break;
    }
    return big ? QStringLiteral("int too large to convert") : outOfRange;
}

struct IntLimits
{
    bool isSigned;
    qint64 min;
    quint64 max;
};

IntLimits limitsOf(quint8 kind)
{
    switch (kind) {
    case KI8:
        return {true, -128, 127};
    case KU8:
        return {false, 0, 255};
    case KI16:
        return {true, -32768, 32767};
    case KU16:
        return {false, 0, 65535};
    case KI32:
        return {true, std::numeric_limits<qint32>::min(), 2147483647u};
    case KU32:
        return {false, 0, 4294967295u};
    case KI64:
        return {
            true, std::numeric_limits<qint64>::min(), quint64(std::numeric_limits<qint64>::max())};
    default:
        break;
    }
    return {false, 0, std::numeric_limits<quint64>::max()};
}

template<bool Swap>
void storeInt(char *p, quint8 kind, quint64 bits)
{
    switch (kind) {
    case KI8:
    case KU8:
        *p = char(bits);
        break;
    case KI16:
    case KU16:
        store<quint16, Swap>(p, quint16(bits));
        break;
    case KI32:
    case KU32:
        store<quint32, Swap>(p, quint32(bits));
        break;
    default:
        store<quint64, Swap>(p, bits);
        break;
    }
}

template<bool Swap>
void storeFloat(char *p, quint8 kind, double value, quint16 half)
{
    if (kind == KF16) {
        store<quint16, Swap>(p, half);
    } else if (kind == KF32) {
        const float f = float(value);
        quint32 bits;
        std::memcpy(&bits, &f, sizeof bits);
        store<quint32, Swap>(p, bits);
    } else {
        quint64 bits;
        std::memcpy(&bits, &value, sizeof bits);
        store<quint64, Swap>(p, bits);
    }
}

} // namespace

bool StructFormat::encode(const QList<StructValue> &values, QByteArray &out, QString *error) const
{
    auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!m_valid)
        return failWith(m_error.isEmpty() ? tr("no format") : m_error);
    if (values.size() != m_ops.size())
        return failWith(
            tr("pack expected %1 items for packing (got %2)").arg(m_ops.size()).arg(values.size()));
    if (m_size > std::numeric_limits<int>::max() / 2)
        return failWith(tr("frame too large to build: %1 bytes").arg(m_size));

    const Packer packer = m_native ? Packer::Native
        : m_bigEndian              ? Packer::BigStandard
                                   : Packer::LittleStandard;
    const bool swap = m_bigEndian != kHostBigEndian;
    QByteArray buffer(m_size, '\0');
    char *base = buffer.data();

    for (qsizetype k = 0; k < m_ops.size(); ++k) {
        const Op &op = m_ops.at(k);
        const StructValue &v = values.at(k);
        char *p = base + op.offset;
        auto valueError = [&](const QString &message) {
            return failWith(tr("value %1 (%2): %3").arg(k + 1).arg(op.name, message));
        };
        switch (op.kind) {
        case KBool: {
            bool truth = false;
            switch (v.type) {
            case StructValue::Type::Int:
                truth = v.i != 0;
                break;
            case StructValue::Type::UInt:
                truth = v.u != 0;
                break;
            case StructValue::Type::Float:
                truth = v.f != 0.0;
                break;
            case StructValue::Type::Bool:
                truth = v.b;
                break;
            case StructValue::Type::Bytes:
                truth = !v.bytes.isEmpty();
                break;
            }
            *p = truth ? 1 : 0;
            break;
        }
        case KChar:
            if (v.type != StructValue::Type::Bytes || v.bytes.size() != 1)
                return valueError(
                    QStringLiteral("char format requires a bytes object of length 1"));
            *p = v.bytes.at(0);
            break;
        case KString:
        case KPascal: {
            if (v.type != StructValue::Type::Bytes)
                return valueError(QStringLiteral("argument for '%1' must be a bytes object")
                                      .arg(QLatin1Char(op.code)));
            if (op.kind == KString) {
                const qsizetype n = qMin(v.bytes.size(), op.size);
                if (n > 0)
                    std::memcpy(p, v.bytes.constData(), size_t(n));
            } else if (op.size > 0) {
                const qsizetype n = qMin(v.bytes.size(), op.size - 1);
                if (n > 0)
                    std::memcpy(p + 1, v.bytes.constData(), size_t(n));
                *p = char(quint8(qMin<qsizetype>(n, 255)));
            }
            break;
        }
        case KF16:
        case KF32:
        case KF64: {
            if (v.type == StructValue::Type::Bytes)
                return valueError(QStringLiteral("required argument is not a float"));
            const double value = v.toDouble();
            quint16 half = 0;
            if (op.kind == KF16 && !doubleToHalf(value, &half))
                return valueError(QStringLiteral("float too large to pack with e format"));
            if (op.kind == KF32 && packer != Packer::Native && std::isinf(float(value))
                && !std::isinf(value))
                return valueError(QStringLiteral("float too large to pack with f format"));
            if (swap)
                storeFloat<true>(p, op.kind, value, half);
            else
                storeFloat<false>(p, op.kind, value, half);
            break;
        }
        default: {
            bool negative = false;
            quint64 magnitudeBits = 0; // two's complement bits of the value
            switch (v.type) {
            case StructValue::Type::Int:
                negative = v.i < 0;
                magnitudeBits = quint64(v.i);
                break;
            case StructValue::Type::UInt:
                magnitudeBits = v.u;
                break;
            case StructValue::Type::Bool:
                magnitudeBits = v.b ? 1 : 0;
                break;
            case StructValue::Type::Float:
            case StructValue::Type::Bytes:
                return valueError(QStringLiteral("required argument is not an integer"));
            }
            if (op.code != 'P') {
                const IntLimits limits = limitsOf(op.kind);
                const bool fits
                    = negative ? limits.isSigned && v.i >= limits.min : magnitudeBits <= limits.max;
                if (!fits)
                    return valueError(rangeMessage(op.code, packer, negative));
            }
            if (swap)
                storeInt<true>(p, op.kind, magnitudeBits);
            else
                storeInt<false>(p, op.kind, magnitudeBits);
            break;
        }
        }
    }
    out = buffer;
    return true;
}

bool StructFormat::valuesFromStrings(
    const QStringList &texts, QList<StructValue> &values, QString *error) const
{
    auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!m_valid)
        return failWith(m_error.isEmpty() ? tr("no format") : m_error);
    if (texts.size() != m_ops.size())
        return failWith(
            tr("the format needs %1 values, got %2").arg(m_ops.size()).arg(texts.size()));
    QList<StructValue> parsed;
    parsed.reserve(texts.size());
    const QLocale c = QLocale::c();
    for (qsizetype k = 0; k < m_ops.size(); ++k) {
        const Op &op = m_ops.at(k);
        const QString text = texts.at(k).trimmed();
        auto bad = [&](const QString &what) {
            return failWith(
                tr("value %1 (%2): '%3' is not %4").arg(k + 1).arg(op.name, texts.at(k), what));
        };
        switch (op.kind) {
        case KChar:
        case KString:
        case KPascal:
            parsed.append(StructValue::fromBytes(texts.at(k).toUtf8()));
            break;
        case KBool: {
            const QString lower = text.toLower();
            if (lower == u"true" || lower == u"1" || lower == u"yes" || lower == u"on")
                parsed.append(StructValue::fromBool(true));
            else if (lower == u"false" || lower == u"0" || lower == u"no" || lower == u"off")
                parsed.append(StructValue::fromBool(false));
            else
                return bad(tr("a bool (true/false)"));
            break;
        }
        case KF16:
        case KF32:
        case KF64: {
            bool ok = false;
            const double value = c.toDouble(text, &ok);
            if (!ok)
                return bad(tr("a number"));
            parsed.append(StructValue::fromDouble(value));
            break;
        }
        default: {
            QStringView digits = text;
            bool negative = false;
            if (digits.startsWith(u'-') || digits.startsWith(u'+')) {
                negative = digits.startsWith(u'-');
                digits = digits.mid(1);
            }
            int base = 10;
            if (digits.startsWith(u"0x", Qt::CaseInsensitive)) {
                base = 16;
                digits = digits.mid(2);
            }
            bool ok = !digits.isEmpty();
            for (const QChar ch : digits) {
                if (!(ch.isDigit() || (base == 16 && QStringLiteral("abcdefABCDEF").contains(ch))))
                    ok = false;
            }
            const quint64 magnitude = ok ? digits.toULongLong(&ok, base) : 0;
            if (!ok)
                return bad(tr("an integer"));
            if (negative) {
                if (magnitude > quint64(std::numeric_limits<qint64>::max()) + 1)
                    return failWith(
                        tr("value %1 (%2): argument out of range").arg(k + 1).arg(op.name));
                parsed.append(StructValue::fromInt(qint64(0 - magnitude)));
            } else if (magnitude <= quint64(std::numeric_limits<qint64>::max())) {
                parsed.append(StructValue::fromInt(qint64(magnitude)));
            } else {
                parsed.append(StructValue::fromUInt(magnitude));
            }
            break;
        }
        }
    }
    values = parsed;
    return true;
}

QString StructFormat::formatTimestamp(double secondsSinceEpoch)
{
    // Year 1 … 9999; outside that (or NaN) the plain number says more than a bad date.
    if (!std::isfinite(secondsSinceEpoch) || secondsSinceEpoch < -62135596800.0
        || secondsSinceEpoch > 253402300799.0)
        return pythonFloatRepr(secondsSinceEpoch);
    const auto msecs = qint64(std::llround(secondsSinceEpoch * 1000.0));
    return QDateTime::fromMSecsSinceEpoch(msecs).toLocalTime().toString(
        QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

QString StructFormat::displayValue(int index, const StructValue &value) const
{
    if (isTimestampField(index) && value.type == StructValue::Type::Float)
        return formatTimestamp(value.f);
    return value.toString();
}

} // namespace netlab
