package view

import (
	"fmt"
	"html"
	"regexp"
	"strings"
)

// dom is what readDOM gathers of a page: for each element carrying one of
// the data attributes of keyAttrs, keyed "attribute=value", the text
// inside it (all pieces, in document order) and the attributes of its
// first piece.
type dom struct {
	texts map[string]*strings.Builder
	attrs map[string]map[string]string
	// counts counts the elements by key, pieces included.
	counts map[string]int
}

// keyAttrs are the data attributes a page check looks elements up by,
// with the level of the element that carries it: an element may hold
// only elements of its level or deeper.
var keyAttrs = map[string]int{
	"data-claim":   levelClaim,
	"data-cue":     levelCue,
	"data-source":  levelCue,
	"data-entity":  levelMention,
	"data-mention": levelMention,
}

var (
	reTag  = regexp.MustCompile(`^<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z-]+(?:="[^"<>]*")?)*)\s*(/?)>`)
	reAttr = regexp.MustCompile(`([a-zA-Z-]+)(?:="([^"]*)")?`)
	voids  = map[string]bool{"meta": true, "br": true, "hr": true, "img": true, "link": true, "input": true}
)

func (d *dom) text(attr string, v any) string {
	b := d.texts[fmt.Sprintf("%s=%v", attr, v)]
	if b == nil {
		return ""
	}
	return b.String()
}

func (d *dom) attr(key, name string) string { return d.attrs[key][name] }

// readDOM checks that page is well formed as the view writes it (every
// element closed in order, no bare '<' or '>' in text, paragraphs not
// inside spans, marked elements nested by level) and gathers its marked
// elements. It knows only what this package writes, not all of HTML.
func readDOM(page string) (*dom, error) {
	d := &dom{texts: map[string]*strings.Builder{}, attrs: map[string]map[string]string{}, counts: map[string]int{}}
	type elem struct {
		name  string
		keys  []string
		level int
	}
	var stack []elem
	if !strings.HasPrefix(page, "<!DOCTYPE html>") {
		return nil, fmt.Errorf("no doctype")
	}
	i := len("<!DOCTYPE html>")
	for i < len(page) {
		j := strings.IndexByte(page[i:], '<')
		if j < 0 {
			j = len(page) - i
		}
		text := page[i : i+j]
		if strings.ContainsRune(text, '>') {
			return nil, fmt.Errorf("bare '>' at %d: %q", i, text)
		}
		text = html.UnescapeString(text)
		for _, e := range stack {
			for _, k := range e.keys {
				d.texts[k].WriteString(text)
			}
		}
		i += j
		if i >= len(page) {
			break
		}
		m := reTag.FindStringSubmatch(page[i:])
		if m == nil {
			return nil, fmt.Errorf("bare '<' at %d: %q", i, page[i:min(len(page), i+40)])
		}
		i += len(m[0])
		name := strings.ToLower(m[2])
		if m[1] == "/" {
			if len(stack) == 0 || stack[len(stack)-1].name != name {
				return nil, fmt.Errorf("</%s> at %d closes nothing open", name, i)
			}
			stack = stack[:len(stack)-1]
			continue
		}
		if name == "script" || name == "style" {
			end := strings.Index(page[i:], "</"+name+">")
			if end < 0 {
				return nil, fmt.Errorf("<%s> not closed", name)
			}
			i += end + len("</"+name+">")
			continue
		}
		if voids[name] || m[4] == "/" {
			continue
		}
		e := elem{name: name, level: -1}
		if name == "p" {
			e.level = levelPara
		}
		attrs := map[string]string{}
		for _, a := range reAttr.FindAllStringSubmatch(m[3], -1) {
			attrs[a[1]] = html.UnescapeString(a[2])
		}
		for a, lvl := range keyAttrs {
			v, ok := attrs[a]
			if !ok {
				continue
			}
			key := a + "=" + v
			e.keys = append(e.keys, key)
			e.level = max(e.level, lvl)
			d.counts[key]++
			if d.texts[key] == nil {
				d.texts[key] = &strings.Builder{}
				d.attrs[key] = attrs
			}
		}
		for _, o := range stack {
			if e.level >= 0 && o.level > e.level || name == "p" && o.name == "span" {
				return nil, fmt.Errorf("<%s %v> at %d inside <%s %v>", name, e.keys, i, o.name, o.keys)
			}
		}
		stack = append(stack, e)
	}
	if len(stack) > 0 {
		return nil, fmt.Errorf("%d elements not closed, the last <%s>", len(stack), stack[len(stack)-1].name)
	}
	return d, nil
}
