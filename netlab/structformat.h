#pragma once

// Binary frames described by Python `struct` format strings, decoded and encoded exactly as
// CPython 3.11's struct module does on x86-64 Linux. The grammar is in structformat.cpp.

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace netlab {

// One decoded (or to-be-encoded) value: an integer, an unsigned integer, a float, a bool or
// bytes (`c`, `s`, `p`). Numeric values never allocate, so a QList<StructValue> reused
// across decode() calls costs nothing per frame.
struct StructValue
{
    enum class Type : quint8 { Int, UInt, Float, Bool, Bytes };

    Type type = Type::Int;
    qint64 i = 0; // Int
    quint64 u = 0; // UInt
    double f = 0.0; // Float
    bool b = false; // Bool
    QByteArray bytes; // Bytes

    static StructValue fromInt(qint64 value);
    static StructValue fromUInt(quint64 value);
    static StructValue fromDouble(double value);
    static StructValue fromBool(bool value);
    static StructValue fromBytes(const QByteArray &value);

    double toDouble() const; // numeric view of any type (bytes: 0)
    QVariant toVariant() const;
    // As Python prints it: 42, 1.5, True, b'ab\x00'.
    QString toString() const;

    friend bool operator==(const StructValue &a, const StructValue &b);
    friend bool operator!=(const StructValue &a, const StructValue &b) { return !(a == b); }
};

// A field of a frame: one value (a repeat count of 4 in `4f` gives four fields; `10s` one).
struct StructField
{
    QString name;
    char code = 0; // the format character: 'i', 'f', 's', ...
    qsizetype offset = 0; // bytes from the start of the frame
    qsizetype size = 0; // bytes on the wire
    bool timestamp = false; // float seconds since the epoch, shown as a local date-time
};

// A named, ready-made format (the drone frame, the sensor-node packet).
struct StructFormatPreset
{
    QString id; // "drone", "sensor-node"
    QString title; // translated, for a combo box
    QString format;
    QStringList names;
    int timestampField = -1;
};

class StructFormat
{
    Q_DECLARE_TR_FUNCTIONS(netlab::StructFormat)

public:
    // Hard bounds: a longer format string or more values is rejected with a reason.
    static constexpr qsizetype kMaxFormatLength = 4096;
    static constexpr qsizetype kMaxValues = 65536;

    StructFormat() = default; // invalid: "no format"

    // Parses `format` with one name per value (`s`/`p` count as one value, `x` as none); no
    // names gives v0, v1, …. Check isValid(); on failure errorString() says where and why
    // ("bad char in struct format at position 3: 'k'") and errorPosition() points there.
    // Differences from Python: a format longer than kMaxFormatLength or with more than
    // kMaxValues values is refused (Python would build them).
    static StructFormat parse(const QString &format, const QStringList &names = {});
    // "NAME,NAME,…" helper for the CLI and settings.
    static StructFormat parse(const QString &format, const QString &commaSeparatedNames);

    static QList<StructFormatPreset> presets();
    static StructFormat fromPreset(const StructFormatPreset &preset);
    static StructFormat droneFrame(); // <diiiiffff, date marked as timestamp
    static StructFormat sensorNodePacket(); // <4sII6f28x, 64 bytes

    bool isValid() const { return m_valid; }
    QString errorString() const { return m_error; }
    int errorPosition() const { return m_errorPosition; } // -1 when the error has no place

    QString formatString() const { return m_format; }
    qsizetype size() const { return m_size; } // struct.calcsize()
    qsizetype valueCount() const { return m_ops.size(); }
    QStringList names() const;
    QList<StructField> fields() const;

    // false (and *error) when the count does not match valueCount().
    bool setNames(const QStringList &names, QString *error = nullptr);
    // Marks a `d`, `f` or `e` field as a timestamp (or unmarks it); false for other fields.
    bool setTimestampField(int index, bool timestamp = true, QString *error = nullptr);
    bool isTimestampField(int index) const;

    // Fast path: decodes into `values` (resized once, then reused). false + *error on a
    // wrong-length buffer ("38 bytes, format needs 40"). Never reads outside `data`.
    bool decode(QByteArrayView data, QList<StructValue> &values, QString *error = nullptr) const;
    QList<StructValue> decode(QByteArrayView data, QString *error) const;

    // Packs values as struct.pack would; false + *error with Python's reason ("value 2
    // (roll): 'i' format requires -2147483648 <= number <= 2147483647").
    bool encode(const QList<StructValue> &values, QByteArray &out, QString *error = nullptr) const;

    // Values typed in by a user, one text per value: integers (decimal or 0x…), floats,
    // true/false, text for bytes fields (UTF-8). false + *error naming the bad one.
    bool valuesFromStrings(
        const QStringList &texts, QList<StructValue> &values, QString *error = nullptr) const;

    // The value as shown in a table: timestamps as local date-time, others as Python prints.
    QString displayValue(int index, const StructValue &value) const;
    static QString formatTimestamp(double secondsSinceEpoch);

private:
    struct Op
    {
        char code = 0;
        quint8 kind = 0; // internal decode kind (see structformat.cpp)
        bool timestamp = false;
        qsizetype size = 0; // bytes (for s/p the whole string)
        qsizetype offset = 0;
        QString name;
    };

    bool fail(const QString &message, int position);

    QString m_format;
    QList<Op> m_ops;
    qsizetype m_size = 0;
    bool m_native = true; // '@' or no prefix: native sizes and alignment
    bool m_bigEndian = false;
    bool m_valid = false;
    QString m_error;
    int m_errorPosition = -1;
};

} // namespace netlab

Q_DECLARE_METATYPE(netlab::StructValue)
