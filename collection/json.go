package collection

import (
	"encoding/json"
	"fmt"
)

// MarshalJSON encodes the collection's Snapshot. It is the whole state of
// the collection, so UnmarshalJSON gives it back: a collection can be
// stored, sent to another process and merged there.
func (c *Collection) MarshalJSON() ([]byte, error) {
	return json.Marshal(c.Snapshot())
}

// UnmarshalJSON replaces the collection's state by the one a Snapshot's
// JSON holds: its articles, entities (names, types, aliases, titles,
// articles) and claims (texts and sources). Fields derived from these
// (entity name and type when names and types are given, said, about,
// part_of, parts, unnamed) are not read: they are derived again. It
// returns an error wrapping ErrSnapshot for a snapshot that points to
// articles or entities it does not hold, and leaves the collection
// unchanged on any error.
func (c *Collection) UnmarshalJSON(data []byte) error {
	var s Snapshot
	if err := json.Unmarshal(data, &s); err != nil {
		return fmt.Errorf("collection: %w", err)
	}
	var st state
	if err := st.merge(&s); err != nil {
		return err
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.st = st
	return nil
}
