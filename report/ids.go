package report

// NumericID returns the value of a comment or post id of 1–19 digits
// without a leading zero (Instagram's ids), so that distinct strings never
// share a value; ok is false for any other id. Ingest sorts and compute
// looks up numeric ids by this value instead of hashing the string.
func NumericID(id string) (v uint64, ok bool) {
	if len(id) == 0 || len(id) > 19 || id[0] == '0' {
		return 0, false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + uint64(c-'0')
	}
	return v, true
}
