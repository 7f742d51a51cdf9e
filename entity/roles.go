package entity

import "strings"

// The word lists below are general English: the words that head or modify
// a person's role, honorifics, and the head nouns of organization, facility
// and place names. They decide where titles end and names begin.

// roleHeads are nouns that name a person's role ("minister", "envoy").
var roleHeads = set(`president minister secretary envoy ambassador spokesman spokeswoman
spokesperson chairman chairwoman chairperson chair commander general colonel captain
lieutenant sergeant major admiral marshal king queen prince princess sheikh emir pope
senator congressman congresswoman representative governor mayor judge justice professor
director head leader chancellor premier officer editor editor-in-chief reporter
correspondent analyst deputy counterpart adviser advisor aide official chief founder
president-elect candidate nominee ceo cfo coo chairman-elect negotiator mediator
coordinator commissioner delegate diplomat dean rector bishop archbishop cardinal imam
ayatollah rabbi cleric monarch sultan emperor vice-president undersecretary
under-secretary attorney lawyer researcher scientist economist journalist
columnist writer author producer anchor host presenter investigator inspector
superintendent warden sheriff constable superintendent manager executive
prosecutor mufti patriarch fm speaker`)

// roleModifiers are words that may sit inside a role before its head
// ("Foreign Minister", "special envoy", "Deputy Secretary").
var roleModifiers = set(`foreign deputy vice special prime first senior chief top acting interim
former defense defence interior finance justice state home trade health education
general assistant executive principal associate lead supreme high grand former
late then current outgoing incoming retired acting de facto military national
international political peace humanitarian economic press media regional
permanent joint main majority minority` + " " + `secretary-general attorney-general`)

// departments complete a role before a name: "Secretary of State Jane
// Hale", "Minister of Defense Ali Shamkhani".
var departments = set(`state defense defence interior justice energy commerce health education
agriculture labor labour treasury finance trade transportation transport homeland housing
veterans staff foreign economy culture information industry tourism environment`)

// honorifics precede a name and say nothing of a role except the gender.
var honorifics = map[string]Gender{
	"mr": Male, "mr.": Male, "mrs": Female, "mrs.": Female, "ms": Female, "ms.": Female,
	"miss": Female, "sir": Male, "madam": Female, "dame": Female, "lord": Male, "lady": Female,
	"dr": Unknown, "dr.": Unknown, "prof": Unknown, "prof.": Unknown, "gen.": Unknown,
	"col.": Unknown, "lt.": Unknown, "sgt.": Unknown, "capt.": Unknown, "sen.": Unknown,
	"rep.": Unknown, "gov.": Unknown, "sheikh": Male, "rev.": Unknown,
}

// orgHeads end organization names ("Justice Department", "Haqq Front").
var orgHeads = set(`ministry department committee council commission front forces force army
navy corps brigade brigades battalion regiment militia agency news center centre
university college institute institution observatory party union organization
observer bank society
organisation administration government authority authorities office bureau service
services court parliament assembly congress senate cabinet company corporation corp
inc ltd group bank fund foundation association federation network times post press
journal herald tribune gazette daily magazine television tv radio broadcasting channel
coalition alliance movement brigade command staff chiefs guard police tribunal board
club team airlines airways program programme project campaign society trust
secretariat directorate mission embassy consulate conference`)

// facHeads end the names of buildings and other built places.
var facHeads = set(`hotel airport base airbase school complex building tower palace stadium
hospital bridge prison mosque church cathedral temple synagogue square station port
harbour harbor camp museum theatre theater hall plaza mall market dam
barracks checkpoint crossing`)

// miscHeads end the names of events, contests, treaties and laws, which
// are neither organizations nor places: "Gulf War", "Davis Cup", "Oslo
// Accords", "Hong Kong Open".
var miscHeads = set(`war wars cup championship championships games olympics tournament prix
trophy festival treaty accord accords act award prize marathon derby open tour`)

// locHeads begin or end the names of natural places and roads.
var locHeads = set(`road street avenue highway motorway boulevard lake river sea ocean gulf bay
mountain mountains mount hill hills valley desert island islands peninsula coast
strait canal plain plateau district neighborhood neighbourhood quarter region
heights forest`)

// calendarWords are capitalized but never names of entities.
var calendarWords = set(`monday tuesday wednesday thursday friday saturday sunday january
february march april may june july august september october november december jan feb
mar apr jun jul aug sep sept oct nov dec jan. feb. mar. apr. aug. sep. sept. oct. nov.
dec. gmt utc est edt pst bst cet`)

// functionWords are capitalized only at the start of a sentence.
var functionWords = set(`the a an and or but if in on at of for to from by with as is was be
are were this that these those it its he she they we you i his her their our my your
there here when where while after before since during under over about against between
into through both all some any no not one two three four five six seven eight nine ten
according also meanwhile however yet so such than then thus what which who whom whose
how why each other another many more most much few several mr mrs ms dr said says
asked told nor only even just still already photo caption update latest share sources
source see read advertisement related update breaking exclusive watch listen eleven
twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty
sixty seventy eighty ninety hundred thousand million billion`)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
