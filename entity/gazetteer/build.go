package gazetteer

// builder collects entries in maps, as New, With and the index generator
// (TestIndex) add them, and freezes them into an index (see index.go),
// which is what a Gazetteer reads.
type builder struct {
	ids       map[string]uint32 // normalized word -> index into words and info
	words     []string          // by id; id 0 means "unknown word"
	info      []wordInfo
	phrases   map[phraseKey]kinds
	demonyms  map[string]string // normalized demonym phrase -> country
	countries map[string]string // normalized country name -> usual name
}

// phraseKey identifies a phrase of 2 to maxWords words by its word ids.
type phraseKey struct {
	n   uint8
	ids [maxWords]uint32
}

func newBuilder() *builder {
	return &builder{
		ids:       map[string]uint32{},
		words:     []string{""},
		info:      []wordInfo{{}},
		phrases:   map[phraseKey]kinds{},
		demonyms:  map[string]string{},
		countries: map[string]string{},
	}
}

// add stores e under each of its spellings. Entries with an empty phrase,
// no kind, or more than maxWords words are skipped.
func (b *builder) add(e Entry) {
	words, wc := phraseWords(e.Phrase)
	if len(words) == 0 || len(words) > maxWords || e.Kind == 0 {
		return
	}
	// Short all-capital forms ("US", "U.S.", "UK") match only capitals,
	// so that "us" and "it" stay pronouns.
	need := wordCase(0)
	switch {
	case wc&allCaps != 0 && isShort(words):
		need = allCaps
	case e.Capitalized:
		need = capitalized
	}
	for _, v := range variants(words) {
		if len(v) > maxWords {
			continue
		}
		b.store(v, e.Kind, need)
		switch {
		case e.Kind.Has(Demonym) && e.Country != "":
			b.demonyms[joinWords(v)] = e.Country
		case e.Kind.Has(Country) && e.Country != "":
			b.countries[joinWords(v)] = e.Country
		}
	}
}

// word returns the id of a normalized word, adding it if new.
func (b *builder) word(w string) uint32 {
	id, ok := b.ids[w]
	if !ok {
		id = uint32(len(b.info))
		b.ids[w] = id
		b.words = append(b.words, w)
		b.info = append(b.info, wordInfo{})
	}
	return id
}

// store adds k to the classes of words, for text written in case need (0
// for any case).
func (b *builder) store(words []string, k Kind, need wordCase) {
	var key phraseKey
	key.n = uint8(len(words))
	for i, w := range words {
		key.ids[i] = b.word(w)
	}
	first := &b.info[key.ids[0]]
	first.maxLen = max(first.maxLen, key.n)
	var ks kinds
	if key.n == 1 {
		ks = first.single
	} else {
		ks = b.phrases[key]
	}
	switch need {
	case allCaps:
		ks.caps |= k
	case capitalized:
		ks.capital |= k
	default:
		ks.any |= k
	}
	if key.n == 1 {
		first.single = ks
	} else {
		b.phrases[key] = ks
	}
}

// isShort reports whether every word is at most 5 letters, the length of
// acronyms that must be written in capitals to match.
func isShort(words []string) bool {
	for _, w := range words {
		if len(w) > 5 {
			return false
		}
	}
	return true
}

func joinWords(words []string) string {
	n := len(words) - 1
	for _, w := range words {
		n += len(w)
	}
	b := make([]byte, 0, n)
	for i, w := range words {
		if i > 0 {
			b = append(b, ' ')
		}
		b = append(b, w...)
	}
	return string(b)
}
