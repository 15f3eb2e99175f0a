#include "core/metrics/MetricMath.h"

#include <algorithm>
#include <cmath>

namespace crmlens::metrics::math {

std::optional<double> ratio(double part, double whole)
{
    if (whole == 0)
        return std::nullopt;
    return part / whole;
}

std::optional<double> percent(double part, double whole)
{
    if (whole == 0)
        return std::nullopt;
    return part / whole * 100.0;
}

std::optional<double> mean(const std::vector<double>& values)
{
    if (values.empty())
        return std::nullopt;
    double sum = 0;
    for (double v : values)
        sum += v;
    return sum / double(values.size());
}

std::optional<double> nearestRank(std::vector<double>& values, int numerator, int denominator)
{
    if (values.empty())
        return std::nullopt;
    if (!std::is_sorted(values.begin(), values.end()))
        std::sort(values.begin(), values.end());
    const long long n = static_cast<long long>(values.size());
    long long rank = (static_cast<long long>(numerator) * n + denominator - 1) / denominator;
    rank = std::clamp(rank, 1LL, n);
    return values[static_cast<size_t>(rank - 1)];
}

std::optional<double> median(std::vector<double>& values)
{
    if (values.empty())
        return std::nullopt;
    if (!std::is_sorted(values.begin(), values.end()))
        std::sort(values.begin(), values.end());
    const size_t n = values.size();
    if (n % 2 == 1)
        return values[n / 2];
    return (values[n / 2 - 1] + values[n / 2]) / 2.0;
}

int roundHalfUp(double value)
{
    return static_cast<int>(std::floor(value + 0.5 + 1e-9));
}

std::optional<double> twoProportionPValue(double successes1, double trials1, double successes2, double trials2)
{
    if (trials1 <= 0 || trials2 <= 0)
        return std::nullopt;
    const double pooled = (successes1 + successes2) / (trials1 + trials2);
    if (pooled <= 0 || pooled >= 1)
        return std::nullopt;
    const double se = std::sqrt(pooled * (1 - pooled) * (1 / trials1 + 1 / trials2));
    const double z = (successes1 / trials1 - successes2 / trials2) / se;
    return std::erfc(std::fabs(z) / std::sqrt(2.0));
}

bool codePointLess(const QString& a, const QString& b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t x = a[i].unicode();
        const char16_t y = b[i].unicode();
        if (x == y)
            continue;
        // Surrogates (U+D800–U+DFFF) encode code points above U+FFFF: they sort after every
        // other UTF-16 unit when comparing code points.
        const bool xs = x >= 0xD800 && x <= 0xDFFF;
        const bool ys = y >= 0xD800 && y <= 0xDFFF;
        if (xs != ys)
            return ys;
        return x < y;
    }
    return a.size() < b.size();
}

} // namespace crmlens::metrics::math
