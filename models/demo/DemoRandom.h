#pragma once

#include <cstddef>
#include <cstdint>
#include <iterator>

namespace mianshen::demo {

// The demo generator's random numbers: SplitMix64 (Steele, Lea, Flood 2014),
// with every derived quantity computed here by integer arithmetic, so the same
// seed gives the same district on every platform and compiler (the standard
// library's distributions are implementation-defined, so none is used).
//
// Each entity (a person, an enterprise) draws from its own stream, derived
// from (seed, stream, index): what a person looks like does not depend on the
// order or the thread in which persons are generated.
class DemoRandom final
{
public:
    constexpr explicit DemoRandom(std::uint64_t state) : m_state(state) {}

    // A stream for one entity of one kind.
    static constexpr DemoRandom forEntity(std::uint64_t seed, std::uint64_t stream, std::uint64_t index)
    {
        return DemoRandom(mix(mix(seed ^ (stream * 0xD6E8FEB86659FD93ULL)) + index * 0x9E3779B97F4A7C15ULL));
    }

    // The SplitMix64 finaliser: a bijection of 64-bit values that mixes well.
    static constexpr std::uint64_t mix(std::uint64_t z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    constexpr std::uint64_t next()
    {
        m_state += 0x9E3779B97F4A7C15ULL;
        return mix(m_state);
    }

    // Uniform in [0, bound) (bound > 0), without modulo bias: rejection of
    // the top partial block of the 64-bit range.
    constexpr std::uint64_t below(std::uint64_t bound)
    {
        const std::uint64_t threshold = (0 - bound) % bound; // 2^64 mod bound
        for (;;) {
            const std::uint64_t r = next();
            if (r >= threshold)
                return r % bound;
        }
    }

    // Uniform in [low, high] (inclusive); low when high <= low.
    constexpr std::int64_t between(std::int64_t low, std::int64_t high)
    {
        if (high <= low)
            return low;
        return low + static_cast<std::int64_t>(below(static_cast<std::uint64_t>(high - low) + 1));
    }

    // True with probability perMille / 1000.
    constexpr bool chance(unsigned perMille) { return below(1000) < perMille; }
    // True with probability perMillion / 1,000,000.
    constexpr bool chancePpm(unsigned perMillion) { return below(1000000) < perMillion; }

    // An index into a table of cumulative integer weights (last = total).
    template <typename Container>
    constexpr std::size_t weighted(const Container &cumulative)
    {
        const auto total = static_cast<std::uint64_t>(cumulative[std::size(cumulative) - 1]);
        const std::uint64_t r = below(total);
        std::size_t lo = 0, hi = std::size(cumulative) - 1;
        while (lo < hi) {
            const std::size_t mid = (lo + hi) / 2;
            if (static_cast<std::uint64_t>(cumulative[mid]) > r)
                hi = mid;
            else
                lo = mid + 1;
        }
        return lo;
    }

private:
    std::uint64_t m_state;
};

} // namespace mianshen::demo
