package pyrt

import (
	"strconv"
	"strings"
	"testing"
)

// dictOps is a random sequence of dict operations (sK=V: d[K]=V, dK:
// d.pop(K, None), p: popitem if non-empty, tK=V: setdefault(K, V)) and
// dictChecks the repr(d) CPython 3.11 printed after every 100 operations
// (generated with random.seed(7)).
const dictOps = `s9=50 d4 p s3=64 s5=55 s15=11 d3 p t37=7 d25 s14=5 d8 s9=69 s19=71 p s36=81 s6=70 d36 s13=63 d27 p d29 s15=23 d15 s19=67 s21=93 s38=9 s26=21 p t26=5 t4=97 d20 s22=76 s29=8 p s4=7 d19 d28 s24=85 s29=45 s7=63 s18=16 d25 s31=10 s25=70 s8=55 t17=90 s22=87 t14=19 s9=29 d0 s37=23 s0=18 s23=78 d8 d32 t3=58 t35=50 s25=13 s25=7 s13=56 s21=76 s0=72 s6=46 d4 t39=48 s16=44 d30 s31=59 s19=10 s21=94 s10=66 s33=46 s34=3 p t5=89 p s10=45 p d32 s14=78 p p d14 s31=45 d1 p s38=44 s22=46 s6=29 s21=26 s39=0 s22=82 s7=49 p s11=55 p s25=59 s5=92 s8=3 s29=83 s38=60 d22 s35=16 s6=67 d8 s12=27 s13=37 d37 s34=53 p t22=58 d33 s32=16 d33 d28 p s9=22 s39=92 s3=41 d33 d6 t3=31 s2=98 s28=71 s4=56 s32=77 d17 s34=61 d15 d16 t12=57 s7=50 s4=85 s4=27 d7 t9=91 d23 s8=59 s6=50 t10=85 p d32 s26=25 s5=92 s21=70 s1=49 s39=37 d4 s14=13 s17=5 t11=34 p p s34=65 d20 s3=88 s4=34 t5=33 s14=8 s7=58 s35=53 t17=79 s33=90 s7=20 s11=25 t19=67 p s11=34 s1=32 s1=93 d12 d15 t6=84 p d34 p t19=88 s14=43 s8=51 t3=16 s16=55 s5=85 p d18 d18 s11=20 s0=33 s21=70 s2=39 s11=0 s5=60 s12=31 d0 s5=18 s2=50 s19=80 s37=67 t9=84 t38=49 p s39=82 s32=80 s32=17 t32=72 p p p s2=17 d6 s28=71 s1=80 d15 s0=58 p t5=84 d30 s4=33 s13=29 d29 s24=9 s18=98 s12=9 d21 s19=79 d0 s31=34 t6=88 s31=37 d18 s29=98 s35=25 s5=60 s29=9 p t24=26 t13=9 d9 d16 t8=77 p s7=90 s31=62 s10=0 t28=51 s9=53 s20=15 p s21=50 s12=91 s18=32 s25=49 t37=9 s27=96 s3=35 s18=81 t15=34 s20=24 p t25=70 d5 s26=57 d8 d18 s35=16 s26=43 s16=94 d16 s15=38 s25=15 s10=9 s31=70 s21=97 s8=70 s5=22 s5=40 s16=72 s1=95 t24=52 d13 s21=96 s17=73 t8=87 d13 s15=49 s28=55 t1=16 s30=75 s4=50 t33=59 t15=13 s9=66 t6=92 d29 s2=0 p d2 d19 t16=67 d7 s19=67 t12=49 s38=0 s19=58 s20=82 p s15=70 s26=90 d3 s31=86 d5 s27=47 s2=89 s26=46 d12 s18=94 p s12=39 p s14=33 p s39=63 d14 s3=76 s25=6 s38=18 s3=23 s20=93 s5=21 s11=83 t29=4 s24=47 t28=21 s5=35 s26=15 d13 s19=55 s30=25 s28=24 s30=3 d15 p s2=59 s3=32 s4=77 s17=42 t39=5 s20=35 s38=81 t4=3 p s29=99 s16=55 p t11=1 p p d20 t29=46 p s12=50 p s2=61 d20 s27=13 t16=79 s6=53 s28=22 s26=58 d15 d7 p s36=34 s16=25 s11=31 s18=74 s4=50 s15=64 d6 d2 s30=29 p s18=29 s12=76 t37=24 t23=65 t28=77 s0=13 d39 s2=47 s2=26 t2=76 d13 p s23=23 d4 s31=70 s26=12 p s34=11 d25 d26 t19=53 t19=95 d22 s1=98 t23=82 s25=26 t27=20 s5=51 d23 s10=16 s35=18 d25 s39=47 d10 s18=20 d4 s31=96 p s2=61 s38=81 s39=88 p d14 d39 p s13=5 s33=20 s7=19 s12=5 t2=85 p s29=70 p d19 d27 s23=57 d11 s39=62 s28=97 d29 p s4=16 s23=11 p d2 s8=10 t20=99 d5 s32=48 d8 s4=78 d7 s31=36 t10=87 p s22=78 p s39=35 t29=18 s30=26 d39 d20 s12=23 s17=86 s24=21 p s33=6 d23 t28=71 d6 s34=80 t23=33 s23=73 s21=97 s14=22 d3 s33=32 s37=84 t0=95 s9=37 d27 s23=6 s14=78 d1 s36=45 s33=45 d26 d37 s23=79 p s15=90 s6=8 d17 s16=1 s35=44 d37 s33=93 s10=0 s34=3 s15=20 s6=1 d12 s12=66 d32 d26 p d4 s3=92 p s27=95 t5=94 d11 s6=33 s2=15 s16=91 s35=86 s33=33 s13=10 t0=21 s15=95 s10=95 t12=49 s15=48 t34=60 s33=89 s1=55 t14=73 t13=50 d4 d10 s1=14 s10=44 t1=3 s2=89 s2=8 t23=25 p t4=96 t24=13 s13=14 s5=96 d18 s8=12 p s21=54 s22=32 t3=91 p p d18 d1 p s6=44 s3=68 d5 d18 s0=67 s3=0 s6=62 d11 t37=44 t32=33 d10 s13=89 s10=14 t5=62 p p s25=50 t5=54 t1=47 s16=54 t32=21 s14=58 s38=96 d38 d22 d33 s28=84 d20 s28=88 p s21=59 d15 d17 s39=19 d15 d38 d10 s12=33 t6=21 t6=25 s9=38 d27 s6=81 t17=26 t29=4 s27=88`

var dictChecks = []string{
	"{5: 92, 37: 23, 9: 29, 6: 29, 21: 26, 38: 44, 26: 5, 22: 82, 24: 85, 29: 45, 7: 49, 18: 16, 31: 45, 25: 59, 17: 90, 0: 72, 23: 78, 3: 58, 35: 50, 13: 56, 8: 3}",
	"{5: 18, 9: 22, 21: 70, 38: 60, 26: 25, 24: 85, 29: 83, 31: 45, 25: 59, 3: 88, 35: 53, 13: 37, 22: 58, 39: 37, 2: 50, 28: 71, 8: 51, 6: 50, 1: 93, 14: 43, 4: 34, 7: 20, 17: 79, 19: 80, 11: 0, 12: 31, 37: 67}",
	"{38: 60, 26: 43, 24: 9, 31: 70, 25: 15, 3: 35, 35: 16, 22: 58, 39: 82, 28: 55, 1: 95, 14: 43, 4: 50, 17: 73, 12: 91, 10: 9, 9: 66, 21: 96, 37: 9, 27: 96, 15: 49, 8: 70, 5: 40, 16: 72, 30: 75, 33: 59}",
	"{38: 81, 26: 12, 24: 47, 31: 70, 25: 6, 35: 16, 22: 58, 28: 22, 1: 95, 17: 42, 10: 9, 9: 66, 21: 96, 37: 9, 27: 13, 8: 70, 16: 25, 30: 29, 33: 59, 19: 55, 3: 32, 36: 34, 11: 31, 18: 29, 12: 76, 23: 23, 34: 11}",
	"{38: 81, 24: 21, 31: 36, 35: 44, 28: 97, 9: 37, 21: 97, 16: 1, 30: 26, 33: 93, 36: 45, 18: 20, 12: 23, 34: 80, 13: 5, 32: 48, 4: 78, 23: 79, 14: 78, 15: 90, 6: 8, 10: 0}",
	"{24: 21, 31: 36, 35: 86, 28: 88, 9: 38, 21: 59, 16: 54, 30: 26, 36: 45, 34: 3, 13: 89, 23: 79, 14: 58, 6: 81, 2: 8, 0: 67, 12: 33, 3: 0, 37: 44, 32: 33, 25: 50, 5: 54, 39: 19, 17: 26, 29: 4, 27: 88}",
}

func TestDictAgainstPython(t *testing.T) {
	d := NewDict[int, int]()
	var checks []string
	for i, op := range strings.Fields(dictOps) {
		kv := strings.SplitN(op[1:], "=", 2)
		k, _ := strconv.Atoi(kv[0])
		v := 0
		if len(kv) == 2 {
			v, _ = strconv.Atoi(kv[1])
		}
		switch op[0] {
		case 's':
			d.Set(k, v)
		case 'd':
			d.PopOr(k, 0)
		case 'p':
			if d.Len() > 0 {
				d.PopItem()
			}
		case 't':
			d.SetDefault(k, v)
		}
		if i%100 == 99 {
			checks = append(checks, Repr(d))
		}
	}
	for i := range dictChecks {
		if checks[i] != dictChecks[i] {
			t.Errorf("checkpoint %d:\n got %s\nwant %s", i, checks[i], dictChecks[i])
		}
	}
}

func TestDictMethods(t *testing.T) {
	d := NewDict[string, int]()
	d.Set("b", 1)
	d.Set("a", 2)
	d.Set("c", 3)
	d.Set("b", 10) // keeps position
	if Repr(d) != "{'b': 10, 'a': 2, 'c': 3}" {
		t.Fatal(Repr(d))
	}
	d.Delete("b")
	d.Set("b", 5) // moves to end
	if Str(d) != "{'a': 2, 'c': 3, 'b': 5}" || d.Len() != 3 {
		t.Fatal(Str(d))
	}
	if v, ok := d.Get("a"); !ok || v != 2 {
		t.Error("Get")
	}
	if _, ok := d.Get("zz"); ok {
		t.Error("Get missing")
	}
	if d.GetOr("zz", 7) != 7 || d.GetOr("a", 7) != 2 || !d.Has("c") || d.Has("zz") {
		t.Error("GetOr/Has")
	}
	if Repr(d.Keys()) != "['a', 'c', 'b']" || Repr(d.Values()) != "[2, 3, 5]" || Repr(d.Items()) != "[('a', 2), ('c', 3), ('b', 5)]" {
		t.Error("Keys/Values/Items")
	}
	if d.SetDefault("a", 99) != 2 || d.SetDefault("n", 4) != 4 || Repr(d) != "{'a': 2, 'c': 3, 'b': 5, 'n': 4}" {
		t.Error("SetDefault", Repr(d))
	}
	if d.Pop("c") != 3 || d.PopOr("c", -1) != -1 || Repr(d) != "{'a': 2, 'b': 5, 'n': 4}" {
		t.Error("Pop", Repr(d))
	}
	c := d.Copy()
	c.Set("a", 0)
	if d.MustGet("a") != 2 || c.MustGet("a") != 0 {
		t.Error("Copy is shallow-independent")
	}
	o := DictOf(Tuple2[string, int]{"b", 50}, Tuple2[string, int]{"z", 26})
	d.Update(o)
	if Repr(d) != "{'a': 2, 'b': 50, 'n': 4, 'z': 26}" {
		t.Error("Update", Repr(d))
	}
	if it := d.PopItem(); it.V0 != "z" || it.V1 != 26 {
		t.Error("PopItem", it)
	}
	e := DictOf(Tuple2[string, int]{"n", 4}, Tuple2[string, int]{"b", 50}, Tuple2[string, int]{"a", 2})
	if !d.Equal(e) || !Equal(d, e) || d.Equal(o) {
		t.Error("Equal")
	}
	d.Clear()
	if d.Len() != 0 || Repr(d) != "{}" || Truthy(d) {
		t.Error("Clear")
	}
	var zero Dict[int, string]
	zero.Set(1, "x")
	if Repr(&zero) != "{1: 'x'}" {
		t.Error("zero value")
	}
	var nilD *Dict[string, int]
	if Str(nilD) != "None" || nilD.Len() != 0 || len(nilD.Keys()) != 0 {
		t.Error("nil dict")
	}
}

func TestDictErrors(t *testing.T) {
	d := NewDict[string, int]()
	di := NewDict[int, int]()
	// d['k'], del d['k'], d.pop('k'), {}.popitem(), {1: 1}[2]
	cases := []pyCase{
		{"{}['k']", func() string { return i2s(d.MustGet("k")) }, "panic:KeyError: 'k'"},
		{"del {}['it''s']", func() string { d.Delete("it's"); return "" }, `panic:KeyError: "it's"`},
		{"{}.pop('k')", func() string { return i2s(d.Pop("k")) }, "panic:KeyError: 'k'"},
		{"{}.popitem()", func() string { return Repr(d.PopItem()) }, "panic:KeyError: 'popitem(): dictionary is empty'"},
		{"{}[2]", func() string { return i2s(di.MustGet(2)) }, "panic:KeyError: 2"},
	}
	runPyCases(t, cases)
}

func TestDictCompaction(t *testing.T) {
	d := NewDict[int, int]()
	for i := 0; i < 10000; i++ {
		d.Set(i, i)
	}
	for i := 0; i < 9990; i++ {
		d.Delete(i)
	}
	if len(d.ents) > 40 || d.Len() != 10 || Repr(d.Keys()) != "[9990, 9991, 9992, 9993, 9994, 9995, 9996, 9997, 9998, 9999]" {
		t.Errorf("compaction: %d entries, keys %v", len(d.ents), d.Keys())
	}
	for i := 9990; i < 10000; i++ {
		if d.MustGet(i) != i {
			t.Fatal("lookup after compaction")
		}
	}
}

// Expectations printed by CPython 3.11:
// d = {'b': ['x']}; d.setdefault('a', []).extend(['y', 'z']); d.setdefault('b', []).extend([]); print(d)
func TestSetDefaultExtend(t *testing.T) {
	d := NewDict[string, []string]()
	d.Set("b", []string{"x"})
	SetDefaultExtend(d, "a", []string{"y", "z"})
	SetDefaultExtend(d, "b", []string{})
	if got, want := Repr(d), "{'b': ['x'], 'a': ['y', 'z']}"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// Keys holding Optional scalars (pointers) compare by value, as Python's keys do:
// Counter((u, s) for u, s in [("a", "x"), ("a", "x"), (None, "y"), (None, "y")]) is
// Counter({('a', 'x'): 2, (None, 'y'): 2}).
func TestDictOptionalKeysByValue(t *testing.T) {
	a1, a2 := "a", "a"
	c := NewCounter[Tuple2[*string, string]]()
	for _, k := range []Tuple2[*string, string]{{&a1, "x"}, {&a2, "x"}, {nil, "y"}, {nil, "y"}} {
		c.Set(k, c.MustGet(k)+1)
	}
	if got, want := Repr(c), "Counter({('a', 'x'): 2, (None, 'y'): 2})"; got != want {
		t.Fatalf("got %s, want %s", got, want)
	}
	s := NewSet[*string](&a1, &a2)
	if s.Len() != 1 || !s.Has(Ptr("a")) {
		t.Fatalf("set of Optional str: len %d", s.Len())
	}
	var anyKeys Dict[any, int]
	anyKeys.Set(&a1, 1)
	anyKeys.Set(&a2, 2)
	if anyKeys.Len() != 1 || anyKeys.MustGet(Ptr("a")) != 2 {
		t.Fatalf("any keys: %s", Repr(&anyKeys))
	}
}
