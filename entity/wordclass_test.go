package entity

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestClassesOfMatchesLists checks each class against the list lookup it
// stands for, over every listed word and its forms with a final "." or a
// contraction.
func TestClassesOfMatchesLists(t *testing.T) {
	words := []string{"", ".", "'", "we've", "don't", "the.", "monday.", "gen.", "x"}
	for w := range exactClasses {
		words = append(words, w, w+".", w+"'ve", w+"n't", strings.TrimSuffix(w, "."))
	}
	for _, w := range words {
		c := classesOf(w)
		_, hon := honorifics[w]
		want := map[wordClass]bool{
			wcFunction:      functionWords[w],
			wcFunctionStem:  functionWords[stripContraction(w)],
			wcClitic:        clitics[w],
			wcOrdinal:       ordinalWords[w],
			wcStartParticle: startParticles[w],
			wcCalendar:      calendarWords[w] || calendarWords[strings.TrimSuffix(w, ".")],
			wcHonorific:     hon,
			wcClock:         clockWords[w],
			wcRoleHead:      isRoleHead(w),
			wcOrgHead:       orgHeads[w] || isLegalSuffixHead(strings.TrimSuffix(w, ".")),
			wcFacHead:       facHeads[w],
			wcLocHead:       locHeads[w],
			wcMiscHead:      miscHeads[w],
			wcDate:          calendarWords[w],
			wcRoleModifier:  roleModifiers[w],
			wcVenueNoun:     venueNouns[w],
		}
		for bit, ok := range want {
			assert.Equal(t, ok, c&bit != 0, "%q class %b", w, bit)
		}
	}
}
