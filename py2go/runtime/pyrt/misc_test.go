package pyrt

import (
	"fmt"
	"regexp"
	"testing"
)

// Expectations printed by CPython 3.11.
func TestRandomMatchesCPython(t *testing.T) {
	r := NewRandom(42)
	got := fmt.Sprintln(Repr(r.Random()), Repr(r.Random()), r.RandInt(1, 100), ChoiceStr(r, "abcdef"), r.GetRandBits(40))
	if want := "0.6394267984578837 0.025010755222666936 36 b 151282538206\n"; got != want {
		t.Errorf("seed 42: got %s", got)
	}
	l := RangeList(0, 10, 1)
	Shuffle(r, l)
	got = fmt.Sprintln(Repr(l), r.RandRange(0, 100, 7), Repr(r.Uniform(1.5, 2.5)))
	if want := "[7, 2, 5, 6, 0, 3, 4, 9, 8, 1] 21 2.0053552881033623\n"; got != want {
		t.Errorf("shuffle: got %s", got)
	}
	if got := Repr(NewRandom(-12345678901234).Random()); got != "0.02504137575317178" {
		t.Errorf("negative seed: %s", got)
	}
	if got := NewRandom(0).RandInt(0, 1000000000000); got != 424533559245 {
		t.Errorf("big randint: %d", got)
	}
	if got := panicText(func() { Choice(r, []int{}) }); got != "IndexError: Cannot choose from an empty sequence" {
		t.Errorf("empty choice: %q", got)
	}
	if got := panicText(func() { r.RandInt(5, 1) }); got != "ValueError: empty range for randrange() (5, 2, -3)" {
		t.Errorf("empty randint: %q", got)
	}
}

func TestBase64AndHash(t *testing.T) {
	cases := []struct{ in, out string }{
		{"abcde", "binascii.Error: Invalid base64-encoded string: number of data characters (5) cannot be 1 more than a multiple of 4"},
		{"abc", "binascii.Error: Incorrect padding"},
		{"YWJj", "b'abc'"}, {"YWJ=", "b'ab'"}, {"YW==x", "b'a'"}, {"YWI=YWI=", "b'ab'"},
		{"a b\nc=d==", "b'i\\xb7'"}, {"Y-_z", "binascii.Error: Incorrect padding"}, {"", "b''"},
	}
	for _, c := range cases {
		b, err := B64Decode([]byte(c.in))
		got := BytesRepr(b)
		if err != nil {
			got = err.Error()
		}
		if got != c.out {
			t.Errorf("b64decode(%q) = %s, want %s", c.in, got, c.out)
		}
	}
	b, _ := URLSafeB64Decode([]byte("-_-_"))
	if BytesRepr(b) != "b'\\xfb\\xff\\xbf'" || string(B64Encode([]byte{0xfb, 0xff})) != "+/8=" || string(URLSafeB64Encode([]byte{0xfb, 0xff})) != "-_8=" {
		t.Error("urlsafe")
	}
	h := NewHash("sha256", []byte("abc"))
	h.Update([]byte("def"))
	if h.HexDigest() != "bef57ec7f53a6d40beb640a780a639c83bc29ac8a9816f1fc6c5c6dcd93c4721" {
		t.Error(h.HexDigest())
	}
	if NewHash("md5", nil).HexDigest() != "d41d8cd98f00b204e9800998ecf8427e" {
		t.Error("md5")
	}
	if !IsKind(NewError("binascii.Error", "x"), "ValueError") {
		t.Error("binascii.Error is a ValueError")
	}
}

func TestMostCommon(t *testing.T) {
	xs := []string{"b", "a", "c", "a", "b", "d"}
	if got := Repr(MostCommon(xs, -1)); got != "[('b', 2), ('a', 2), ('c', 1), ('d', 1)]" {
		t.Error(got)
	}
	if got := Repr(MostCommon(xs, 1)); got != "[('b', 2)]" {
		t.Error(got)
	}
	if Hostname() == "" || SysPlatform() != "linux" || PlatformSystem() != "Linux" {
		t.Error("platform")
	}
}

func TestUUID4Shape(t *testing.T) {
	re := regexp.MustCompile(`^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$`)
	seen := map[string]bool{}
	for i := 0; i < 100; i++ {
		u := UUID4(false)
		if !re.MatchString(u) || seen[u] {
			t.Fatalf("bad or repeated uuid4 %q", u)
		}
		seen[u] = true
		if h := UUID4(true); len(h) != 32 || h[12] != '4' {
			t.Fatalf("bad uuid4 hex %q", h)
		}
	}
}
