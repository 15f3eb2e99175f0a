#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace crmlens::metrics {

// A small streaming JSON writer that keeps keys in the order they are written (QJsonObject sorts
// them) and writes doubles at full precision: the shortest text that reads back as the same
// double, with ".0" on integral values so a rate of 43 still reads as a number with a fraction.
// Non-finite numbers are written as null.
class JsonWriter
{
public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    JsonWriter& key(const QString& name);

    void value(const QString& text); // a null QString writes null
    void value(const char* text) { value(QString::fromUtf8(text)); }
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(double number);
    void value(bool flag);
    void value(const std::optional<double>& number);
    void null();

    QByteArray take() { return std::move(m_out); }
    static QByteArray formatDouble(double number);

private:
    void separate();

    QByteArray m_out;
    std::vector<bool> m_first; // per open container: nothing written in it yet
    bool m_afterKey = false;
};

} // namespace crmlens::metrics
