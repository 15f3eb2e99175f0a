#pragma once

#include <cmath>
#include <cstdint>
#include <initializer_list>
#include <span>

// The simulator's own random numbers. std::uniform_*_distribution and friends are
// implementation-defined, so a workspace generated with them would change with the standard
// library; xoshiro256** seeded through splitmix64 gives the same stream everywhere.
namespace crmlens::sim {

inline std::uint64_t splitmix64(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// Mixes a seed with stream and item numbers so every (phase, contact) draws from its own
// independent stream: changing how many numbers one contact consumes leaves the others alone.
inline std::uint64_t mixSeed(std::uint64_t seed, std::uint64_t stream, std::uint64_t item = 0)
{
    std::uint64_t s = seed ^ (stream * 0xd1b54a32d192ed03ULL);
    splitmix64(s);
    s ^= item * 0x8cb92ba72f3d8dd7ULL;
    return splitmix64(s);
}

class SimRandom
{
public:
    explicit SimRandom(std::uint64_t seed)
    {
        std::uint64_t s = seed;
        for (auto& word : m_state)
            word = splitmix64(s);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    // [0, 1) with 53 bits.
    double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }

    // Integer in [lo, hi], both inclusive; for our spans (far below 2^32) the modulo bias is below 2^-32.
    std::int64_t range(std::int64_t lo, std::int64_t hi)
    {
        if (hi <= lo)
            return lo;
        const auto span = static_cast<std::uint64_t>(hi - lo) + 1;
        return lo + static_cast<std::int64_t>(next() % span);
    }
    int index(std::size_t size) { return static_cast<int>(range(0, static_cast<std::int64_t>(size) - 1)); }

    bool chance(double p) { return uniform() < p; }

    double normal()
    {
        // Box-Muller; the second value is dropped so the stream position never depends on history.
        const double u1 = 1.0 - uniform();
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    double logNormal(double median, double sigma) { return median * std::exp(sigma * normal()); }
    double exponential(double mean) { return -mean * std::log(1.0 - uniform()); }

    // Index drawn with the given non-negative weights.
    int weighted(std::span<const double> weights)
    {
        double total = 0;
        for (const double w : weights)
            total += w;
        double x = uniform() * total;
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (x < weights[i])
                return static_cast<int>(i);
            x -= weights[i];
        }
        return static_cast<int>(weights.size()) - 1;
    }
    int weighted(std::initializer_list<double> weights) { return weighted(std::span(weights.begin(), weights.size())); }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

    std::uint64_t m_state[4] = {};
};

} // namespace crmlens::sim
