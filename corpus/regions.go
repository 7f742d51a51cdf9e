package corpus

// FindRegions marks the non-article matter in text: photo captions,
// boilerplate lines, source lines and reader comments.
func FindRegions(text string) []Region {
	return nil // TODO(corpus): cleaning
}
