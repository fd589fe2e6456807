package pyrt

import (
	"math/bits"
	"time"
)

// Random is CPython's random.Random: MT19937 seeded like CPython
// (init_by_array over the 32-bit words of abs(seed)), with CPython's
// random(), getrandbits(), _randbelow(), randrange(), randint(), choice()
// and shuffle() algorithms, so seeded sequences are identical.
type Random struct {
	mt  [624]uint32
	mti int
}

// PyRandom is the module-level random instance (random.seed, random.random, ...).
var PyRandom = NewRandom(time.Now().UnixNano())

// NewRandom is random.Random(seed) for an int seed.
func NewRandom(seed int64) *Random {
	r := &Random{}
	r.Seed(seed)
	return r
}

func (r *Random) initGenrand(s uint32) {
	r.mt[0] = s
	for i := 1; i < 624; i++ {
		r.mt[i] = 1812433253*(r.mt[i-1]^(r.mt[i-1]>>30)) + uint32(i)
	}
	r.mti = 624
}

func (r *Random) initByArray(key []uint32) {
	r.initGenrand(19650218)
	i, j := 1, 0
	k := 624
	if len(key) > k {
		k = len(key)
	}
	for ; k > 0; k-- {
		r.mt[i] = (r.mt[i] ^ ((r.mt[i-1] ^ (r.mt[i-1] >> 30)) * 1664525)) + key[j] + uint32(j)
		i++
		j++
		if i >= 624 {
			r.mt[0] = r.mt[623]
			i = 1
		}
		if j >= len(key) {
			j = 0
		}
	}
	for k = 623; k > 0; k-- {
		r.mt[i] = (r.mt[i] ^ ((r.mt[i-1] ^ (r.mt[i-1] >> 30)) * 1566083941)) - uint32(i)
		i++
		if i >= 624 {
			r.mt[0] = r.mt[623]
			i = 1
		}
	}
	r.mt[0] = 0x80000000
}

// Seed is random.seed(n) for an int n.
func (r *Random) Seed(seed int64) {
	u := uint64(seed)
	if seed < 0 {
		u = uint64(-seed)
	}
	key := []uint32{uint32(u)}
	if hi := uint32(u >> 32); hi != 0 {
		key = append(key, hi)
	}
	r.initByArray(key)
}

func (r *Random) genrand() uint32 {
	const upper, lower = 0x80000000, 0x7fffffff
	mag01 := [2]uint32{0, 0x9908b0df}
	if r.mti >= 624 {
		var kk int
		for kk = 0; kk < 624-397; kk++ {
			y := (r.mt[kk] & upper) | (r.mt[kk+1] & lower)
			r.mt[kk] = r.mt[kk+397] ^ (y >> 1) ^ mag01[y&1]
		}
		for ; kk < 623; kk++ {
			y := (r.mt[kk] & upper) | (r.mt[kk+1] & lower)
			r.mt[kk] = r.mt[kk+(397-624)] ^ (y >> 1) ^ mag01[y&1]
		}
		y := (r.mt[623] & upper) | (r.mt[0] & lower)
		r.mt[623] = r.mt[396] ^ (y >> 1) ^ mag01[y&1]
		r.mti = 0
	}
	y := r.mt[r.mti]
	r.mti++
	y ^= y >> 11
	y ^= (y << 7) & 0x9d2c5680
	y ^= (y << 15) & 0xefc60000
	y ^= y >> 18
	return y
}

// Random is random.random(): a float in [0, 1) with 53 random bits.
func (r *Random) Random() float64 {
	a := r.genrand() >> 5
	b := r.genrand() >> 6
	return (float64(a)*67108864.0 + float64(b)) * (1.0 / 9007199254740992.0)
}

// GetRandBits is random.getrandbits(k) for 0 <= k <= 63.
func (r *Random) GetRandBits(k int) int {
	if k < 0 {
		panic(NewError("ValueError", "number of bits must be non-negative"))
	}
	if k == 0 {
		return 0
	}
	if k <= 32 {
		return int(r.genrand() >> (32 - k))
	}
	if k > 63 {
		panic(NewError("OverflowError", "py2go: getrandbits(k) above 63 bits does not fit a Go int"))
	}
	lo := uint64(r.genrand())
	hi := uint64(r.genrand() >> (64 - k))
	return int(hi<<32 | lo)
}

func (r *Random) randBelow(n int) int {
	if n <= 0 {
		return 0
	}
	k := bits.Len64(uint64(n))
	x := r.GetRandBits(k)
	for x >= n {
		x = r.GetRandBits(k)
	}
	return x
}

// RandRange is random.randrange(start, stop, step).
func (r *Random) RandRange(start, stop, step int) int {
	width := stop - start
	if step == 1 {
		if width > 0 {
			return start + r.randBelow(width)
		}
		panic(NewError("ValueError", "empty range for randrange() ("+itoa(start)+", "+itoa(stop)+", "+itoa(width)+")"))
	}
	if step == 0 {
		panic(NewError("ValueError", "zero step for randrange()"))
	}
	var n int
	if step > 0 {
		n = (width + step - 1) / step
	} else {
		n = (width + step + 1) / step
	}
	if n <= 0 {
		panic(NewError("ValueError", "empty range for randrange()"))
	}
	return start + step*r.randBelow(n)
}

// RandInt is random.randint(a, b).
func (r *Random) RandInt(a, b int) int { return r.RandRange(a, b+1, 1) }

// Uniform is random.uniform(a, b).
func (r *Random) Uniform(a, b float64) float64 { return a + (b-a)*r.Random() }

// Choice is random.choice(seq) for a list.
func Choice[T any](r *Random, xs []T) T {
	if len(xs) == 0 {
		panic(NewError("IndexError", "Cannot choose from an empty sequence"))
	}
	return xs[r.randBelow(len(xs))]
}

// ChoiceStr is random.choice(s) for a str (code points).
func ChoiceStr(r *Random, s string) string {
	rs := []rune(s)
	if len(rs) == 0 {
		panic(NewError("IndexError", "Cannot choose from an empty sequence"))
	}
	return string(rs[r.randBelow(len(rs))])
}

// Shuffle is random.shuffle(xs) (in place).
func Shuffle[T any](r *Random, xs []T) {
	for i := len(xs) - 1; i > 0; i-- {
		j := r.randBelow(i + 1)
		xs[i], xs[j] = xs[j], xs[i]
	}
}
