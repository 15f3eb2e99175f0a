#pragma once

#include <QString>

#include <optional>
#include <vector>

// The arithmetic every section shares, so each definition is written once.
namespace crmlens::metrics::math {

// part / whole (× 100 for the percentage); empty when whole is 0.
std::optional<double> ratio(double part, double whole);
std::optional<double> percent(double part, double whole);
std::optional<double> mean(const std::vector<double>& values);

// Nearest-rank percentile of `values` (sorted ascending on return): the value at rank
// ⌈numerator / denominator · n⌉, computed in integers so 0.9 · 70 is 63, not 63.000000000000007.
std::optional<double> nearestRank(std::vector<double>& values, int numerator, int denominator);
// The ordinary median (mean of the two middle values for an even count); `values` get sorted.
std::optional<double> median(std::vector<double>& values);

// Half-up rounding of a sum of factors: 69.5 → 70. Sums of binary fractions can land a hair below
// the half they stand for (69.49999999999999), so values within 1e-9 of a half go up.
int roundHalfUp(double value);

// Two-sided p-value of a two-proportion z-test with pooled variance; empty when a group has no
// trials or the pooled proportion is 0 or 1.
std::optional<double> twoProportionPValue(double successes1, double trials1, double successes2, double trials2);

// Strings compared by Unicode code point (QString's operator< compares UTF-16 units, which orders
// characters beyond U+FFFF before U+E000–U+FFFF).
bool codePointLess(const QString& a, const QString& b);

} // namespace crmlens::metrics::math
