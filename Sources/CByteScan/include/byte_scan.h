#ifndef REGQ_BYTE_SCAN_H
#define REGQ_BYTE_SCAN_H

#include <stdint.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/// One bit per byte of p[0 ..< 64] (bit i for p[i]) that is a CSV structural byte:
/// ',' '"' CR or LF. All 64 bytes must be readable.
static inline uint64_t regq_structural_mask64(const uint8_t *p) {
#if defined(__SSE2__)
    const __m128i comma = _mm_set1_epi8(','), quote = _mm_set1_epi8('"');
    const __m128i cr = _mm_set1_epi8('\r'), lf = _mm_set1_epi8('\n');
    uint64_t mask = 0;
    for (int i = 0; i < 4; i++) {
        __m128i v = _mm_loadu_si128((const __m128i *)(p + 16 * i));
        __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, comma), _mm_cmpeq_epi8(v, quote)),
                                    _mm_or_si128(_mm_cmpeq_epi8(v, cr), _mm_cmpeq_epi8(v, lf)));
        mask |= (uint64_t)(uint16_t)_mm_movemask_epi8(hits) << (16 * i);
    }
    return mask;
#else
    uint64_t mask = 0;
    for (int i = 0; i < 64; i++) {
        uint8_t b = p[i];
        if (b == ',' || b == '"' || b == '\r' || b == '\n') mask |= (uint64_t)1 << i;
    }
    return mask;
#endif
}

#endif
