package model

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/sayso/sayso/internal/cputime"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// synthetic builds small documents from templates with names of each type.
func synthetic(n int, seed uint64) []Document {
	rng := rand.New(rand.NewPCG(seed, 7))
	people := []string{"Anna Berg", "Tom Ruiz", "Li Wei", "Omar Haddad", "Mary Jones"}
	orgs := []string{"Acme Corp", "the United Nations", "Globex", "Initech Bank"}
	places := []string{"Paris", "New Delhi", "Lagos", "Lima"}
	templates := []string{
		"PER said on Monday that ORG would open an office in LOC .",
		"ORG hired PER last year .",
		"PER flew to LOC to meet ORG officials .",
		"In LOC , PER criticised ORG .",
	}
	pick := func(xs []string) string { return xs[rng.IntN(len(xs))] }
	var docs []Document
	for range n {
		var d Document
		for range 3 {
			var sent Sentence
			var labels []string
			for _, w := range strings.Fields(pick(templates)) {
				var name, typ string
				switch w {
				case "PER":
					name, typ = pick(people), "PER"
				case "ORG":
					name, typ = pick(orgs), "ORG"
				case "LOC":
					name, typ = pick(places), "LOC"
				default:
					sent = append(sent, Token{Text: w, POS: "X"})
					labels = append(labels, "O")
					continue
				}
				for i, p := range strings.Fields(name) {
					pos, l := "NNP", "I-"+typ
					if i == 0 {
						l = "B-" + typ
					}
					if p == "the" {
						pos, l = "DT", "O"
					}
					sent = append(sent, Token{Text: p, POS: pos})
					labels = append(labels, l)
				}
			}
			d.Sentences = append(d.Sentences, sent)
			d.Labels = append(d.Labels, ToIOB2(labels))
		}
		docs = append(docs, d)
	}
	return docs
}

func trainSmall(t testing.TB) *Model {
	t.Helper()
	m, err := Train(context.Background(), synthetic(60, 1), TrainOptions{
		Epochs: 4, Bits: 16,
		Clusters: map[string]string{"Paris": "0101", "Lagos": "0100", "Lima": "0110"},
	})
	require.NoError(t, err)
	return m
}

func TestTrainPredictSynthetic(t *testing.T) {
	m := trainSmall(t)
	dev := synthetic(20, 2)
	s := Evaluate(m.Predict, dev)
	assert.Greater(t, s.Overall.F1, 0.95, s.String())
	out := m.Predict(dev[0].Sentences)
	require.Len(t, out, len(dev[0].Sentences))
	for i, sent := range dev[0].Sentences {
		assert.Len(t, out[i], len(sent))
	}
}

func TestTrainErrors(t *testing.T) {
	_, err := Train(context.Background(), nil, TrainOptions{})
	require.ErrorIs(t, err, ErrNoData)
	bad := []Document{{Sentences: []Sentence{{{Text: "a"}}}, Labels: [][]string{{"O", "O"}}}}
	_, err = Train(context.Background(), bad, TrainOptions{})
	require.Error(t, err)
	_, err = Train(context.Background(), synthetic(2, 1), TrainOptions{Clusters: map[string]string{"x": "012"}})
	require.Error(t, err)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err = Train(ctx, synthetic(2, 1), TrainOptions{Bits: 12})
	require.ErrorIs(t, err, context.Canceled)
}

func TestTrainDeterministic(t *testing.T) {
	a, b := trainSmall(t), trainSmall(t)
	assert.Equal(t, a.w.stages, b.w.stages)
}

func TestSaveLoad(t *testing.T) {
	m := trainSmall(t)
	var buf bytes.Buffer
	require.NoError(t, m.Save(&buf))
	m2, err := Load(&buf)
	require.NoError(t, err)
	assert.Equal(t, m.w.tab, m2.w.tab)
	assert.Equal(t, m.w.stride, m2.w.stride)
	for i, st := range m.w.stages {
		assert.Equal(t, st.scale, m2.w.stages[i].scale)
		assert.Equal(t, st.bits, m2.w.stages[i].bits)
	}
	assert.Equal(t, m.words().list, m2.words().list)
	assert.Equal(t, m.fx.feats, m2.fx.feats)
	assert.NotEmpty(t, m.lex.list.words)
	assert.Equal(t, m.lex.list, m2.lex.list)
	dev := synthetic(5, 3)
	for _, d := range dev {
		assert.Equal(t, m.Predict(d.Sentences), m2.Predict(d.Sentences))
	}
}

func TestLoadBad(t *testing.T) {
	for _, in := range []string{"", "not gzip", "\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"} {
		_, err := Load(strings.NewReader(in))
		require.ErrorIs(t, err, ErrBadModel, "%q", in)
	}
}

func TestPredictOddInput(t *testing.T) {
	m := trainSmall(t)
	assert.Empty(t, m.Predict(nil))
	out := m.Predict([]Sentence{{}, {{Text: "\xff\xfe"}, {Text: ""}, {Text: "ÉCOLE"}}, nil})
	require.Len(t, out, 3)
	assert.Empty(t, out[0])
	assert.Len(t, out[1], 3)
}

func tagged(words ...string) Sentence {
	s := make(Sentence, len(words))
	for i, w := range words {
		s[i].Text = w
	}
	if err := TagPOS([]Sentence{s}); err != nil {
		panic(err)
	}
	return s
}

func TestDefault(t *testing.T) {
	m, err := Default()
	require.NoError(t, err)
	sent := tagged(strings.Fields("German Chancellor Angela Merkel met officials of the European Union in Brussels on Monday .")...)
	got := m.Predict([]Sentence{sent})[0]
	assert.Equal(t, []string{"B-MISC", "O", "B-PER", "I-PER", "O", "O", "O", "O", "B-ORG", "I-ORG", "O", "B-LOC", "O", "O", "O"}, got)
}

func TestCommon(t *testing.T) {
	m, err := Default()
	require.NoError(t, err)
	for _, w := range []string{"the", "said", "note", "sale"} {
		assert.True(t, m.Common(w), w)
	}
	for _, w := range []string{"", "zzyzxq", "Zzyzxq"} {
		assert.False(t, m.Common(w), w)
	}
	// Common looks words up by hash, then compares them: no two words of
	// the vocabulary may share a hash, or one would hide the other.
	hashes := map[uint64]bool{}
	for _, w := range m.words().list.words {
		hashes[hashString(w)] = true
		require.True(t, m.Common(w), w)
	}
	assert.Len(t, hashes, len(m.words().list.words))
}

func TestDefaultConcurrent(t *testing.T) {
	m, err := Default()
	require.NoError(t, err)
	doc := []Sentence{tagged(strings.Fields("Reuters reported that Boris Yeltsin left Moscow .")...)}
	want := m.Predict(doc)
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 20 {
				assert.Equal(t, want, m.Predict(doc))
			}
		})
	}
	wg.Wait()
}

// TestWarmConcurrent checks that Predicts running while the word cache
// warms (see Model.warm) give the labels of the cold model.
func TestWarmConcurrent(t *testing.T) {
	m, err := load(embedded)
	require.NoError(t, err)
	doc := []Sentence{tagged(strings.Fields("Reuters reported that Boris Yeltsin left Moscow for Paris .")...)}
	want := m.Predict(doc)
	m.warm(warmTokens - 40*len(doc[0]))
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 20 {
				assert.Equal(t, want, m.Predict(doc))
				m.Common("reported")
			}
		})
	}
	wg.Wait()
	assert.NotEmpty(t, m.words().sums, "warm by now")
}

// shippedF1 is the valid.txt F1 of the embedded model (see README.md).
const shippedF1 = 0.9222

func TestDefaultOnCoNLLValid(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "corpora", "conll2003", "valid.txt")
	f, err := os.Open(path)
	if err != nil {
		t.Skip("CoNLL-2003 not available:", err)
	}
	defer f.Close()
	docs, err := ReadCoNLL(f)
	require.NoError(t, err)
	for _, d := range docs {
		require.NoError(t, TagPOS(d.Sentences))
	}
	m, err := Default()
	require.NoError(t, err)
	s := Evaluate(m.Predict, docs)
	t.Log("\n" + s.String())
	assert.GreaterOrEqual(t, s.Overall.F1, shippedF1-0.005)
}

// benchDocs returns CoNLL-2003 valid documents when the corpus is at hand,
// which is realistic text, and synthetic ones otherwise.
func benchDocs(b *testing.B) [][]Sentence {
	var out [][]Sentence
	f, err := os.Open(filepath.Join("..", "..", "..", "shared", "corpora", "conll2003", "valid.txt"))
	if err == nil {
		defer f.Close()
		docs, err := ReadCoNLL(f)
		require.NoError(b, err)
		for _, d := range docs {
			out = append(out, d.Sentences)
		}
		return out
	}
	for _, d := range synthetic(200, 9) {
		out = append(out, d.Sentences)
	}
	return out
}

func BenchmarkPredict(b *testing.B) {
	m, err := Default()
	require.NoError(b, err)
	docs := benchDocs(b)
	nbytes, ntok := 0, 0
	for _, d := range docs {
		require.NoError(b, TagPOS(d))
		for _, s := range d {
			for _, t := range s {
				nbytes += len(t.Text) + 1
				ntok++
			}
		}
	}
	m.Predict(docs[0])
	benchPredict(b, m, docs, ntok, nbytes)
}

// benchPredict times m.Predict over docs, of ntok tokens and nbytes bytes,
// and reports tokens per second of wall and of CPU time.
func benchPredict(b *testing.B, m *Model, docs [][]Sentence, ntok, nbytes int) {
	if m.words().sums == nil {
		m.warmUp() // the steady state, not the first 65k tokens
	}
	b.SetBytes(int64(nbytes))
	b.ReportAllocs()
	b.ResetTimer()
	cpu := cputime.Used()
	for b.Loop() {
		for _, d := range docs {
			m.Predict(d)
		}
	}
	b.ReportMetric(float64(ntok*b.N)/b.Elapsed().Seconds(), "tokens/s")
	if cpu := cputime.Used() - cpu; cpu > 0 {
		b.ReportMetric(float64(ntok*b.N)/cpu.Seconds(), "tokens/cpu-s")
	}
}

func ExampleModel_Predict() {
	m, err := Default()
	if err != nil {
		fmt.Println(err)
		return
	}
	sent := Sentence{{"Angela", "NNP"}, {"Merkel", "NNP"}, {"visited", "VBD"}, {"Paris", "NNP"}, {".", "."}}
	fmt.Println(m.Predict([]Sentence{sent})[0])
	// Output: [B-PER I-PER O B-LOC O]
}

func TestPredictTagsUntagged(t *testing.T) {
	m, err := Default()
	require.NoError(t, err)
	words := strings.Fields("Prime Minister Boris Johnson told the BBC in London that Britain would leave .")
	raw := make(Sentence, len(words))
	for i, w := range words {
		raw[i].Text = w
	}
	got := m.Predict([]Sentence{raw})
	assert.Equal(t, m.Predict([]Sentence{tagged(words...)}), got)
	for _, tok := range raw {
		assert.Empty(t, tok.POS, "input must not be modified")
	}
}

func TestWordCache(t *testing.T) {
	m, err := load(embedded)
	require.NoError(t, err)
	cold := m.words()
	assert.Empty(t, cold.recs, "a model starts with a cold word cache")
	assert.Empty(t, cold.sums)
	assert.Equal(t, uint8(0), func() uint8 { _, n := cold.cluster(hashString("zzyzxq")); return n }())
	for i, w := range cold.list.words {
		clu, n := cold.cluster(hashString(w))
		require.Equal(t, cold.list.vals[i], clu<<8|uint32(n), w)
	}
	doc := []Sentence{tagged(strings.Fields("Anna Berg met the mayor of Lima on Monday .")...)}
	want := m.Predict(doc)
	m.warm(warmTokens - len(doc[0]) - 1)
	assert.Same(t, cold, m.words(), "not yet warm")
	assert.Equal(t, want, m.Predict(doc))
	warm := m.words()
	require.NotEmpty(t, warm.sums, "warm after warmTokens tokens")
	assert.Equal(t, cacheRoles*len(warm.list.words), len(warm.sums))
	for i, w := range warm.list.words {
		r := warm.word(hashString(w))
		require.NotNil(t, r, w)
		require.Equal(t, int32(i), r.idx, w)
	}
	assert.Equal(t, want, m.Predict(doc))
	assert.Empty(t, cold.recs, "the cold cache is left as it was")
	assert.Equal(t, cold.list, warm.list)
	m.setTable(m.w.stages, m.w.tab)
	assert.Empty(t, m.words().recs, "new weights make the warm cache stale")
	assert.Equal(t, want, m.Predict(doc))
	m.warmUp()
	m.setLexicon(m.lex.list)
	assert.Empty(t, m.words().recs, "so does a new lexicon")
}
