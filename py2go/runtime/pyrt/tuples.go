package pyrt

// Tuple5 is a Python tuple of 5 items.
type Tuple5[A, B, C, D, E any] struct {
	V0 A
	V1 B
	V2 C
	V3 D
	V4 E
}

// PyRepr renders the tuple as Python does.
func (t Tuple5[A, B, C, D, E]) PyRepr() string { return reprTuple(t.pyItems()) }

func (t Tuple5[A, B, C, D, E]) pyItems() []any { return []any{t.V0, t.V1, t.V2, t.V3, t.V4} }

// Tuple6 is a Python tuple of 6 items.
type Tuple6[A, B, C, D, E, F any] struct {
	V0 A
	V1 B
	V2 C
	V3 D
	V4 E
	V5 F
}

// PyRepr renders the tuple as Python does.
func (t Tuple6[A, B, C, D, E, F]) PyRepr() string { return reprTuple(t.pyItems()) }

func (t Tuple6[A, B, C, D, E, F]) pyItems() []any { return []any{t.V0, t.V1, t.V2, t.V3, t.V4, t.V5} }

// Tuple7 is a Python tuple of 7 items.
type Tuple7[A, B, C, D, E, F, G any] struct {
	V0 A
	V1 B
	V2 C
	V3 D
	V4 E
	V5 F
	V6 G
}

// PyRepr renders the tuple as Python does.
func (t Tuple7[A, B, C, D, E, F, G]) PyRepr() string { return reprTuple(t.pyItems()) }

func (t Tuple7[A, B, C, D, E, F, G]) pyItems() []any {
	return []any{t.V0, t.V1, t.V2, t.V3, t.V4, t.V5, t.V6}
}

// Tuple8 is a Python tuple of 8 items.
type Tuple8[A, B, C, D, E, F, G, H any] struct {
	V0 A
	V1 B
	V2 C
	V3 D
	V4 E
	V5 F
	V6 G
	V7 H
}

// PyRepr renders the tuple as Python does.
func (t Tuple8[A, B, C, D, E, F, G, H]) PyRepr() string { return reprTuple(t.pyItems()) }

func (t Tuple8[A, B, C, D, E, F, G, H]) pyItems() []any {
	return []any{t.V0, t.V1, t.V2, t.V3, t.V4, t.V5, t.V6, t.V7}
}
